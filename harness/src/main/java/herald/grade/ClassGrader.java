package herald.grade;

import com.fasterxml.jackson.databind.JsonNode;
import herald.check.Spec;
import herald.history.Json;
import herald.process.Reaper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Grades a Java class on a battery in a separate JVM ({@link BatteryWorker}), and starts another
 * for the scenarios left whenever one is stopped or dies: a class can hang, exhaust the heap or
 * exit its JVM in one scenario and still be graded on all the others.
 *
 * <p>A separate JVM, rather than a thread of Herald's: the simulator is single-threaded, so a
 * handler that never returns holds it for good, and Java has no safe way to stop a thread (the
 * deprecated {@code Thread.stop} can be caught by the very code it should stop, and leaves
 * whatever that code held in any state). A process can always be killed, its heap is its own, and
 * its {@code System.exit} ends only itself.
 */
public final class ClassGrader {

    /** How long one scenario may take in all (shrinking included) before its JVM is killed. */
    private static final long SCENARIO_SECONDS = 120;
    private static final int OUTPUT_KEPT = 64 << 10;
    /** Time enough for a JVM to start, on a loaded machine, beside the time of a handler. */
    private static final long JVM_START_MILLIS = 10_000;

    private ClassGrader() {
    }

    /**
     * Grades {@code submission} on {@code scenarios}, in order, calling {@code each} as each result
     * comes; histories and reports go under {@code dir}.
     *
     * @return the results, and the class's own output (stdout and stderr, up to a limit)
     * @throws IllegalStateException when Herald itself failed in the battery's JVM (making a
     *     scenario, checking or shrinking a run): no result of the class's
     */
    public static Graded grade(Submission submission, Spec spec, List<BatteryScenario> scenarios,
            BatterySettings settings, Limits limits, Path dir, boolean tracePackets, Consumer<ScenarioResult> each)
            throws InterruptedException {
        Map<String, ScenarioResult> results = new LinkedHashMap<>();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        List<BatteryScenario> left = new ArrayList<>(scenarios);
        int fruitless = 0;
        while (!left.isEmpty()) {
            int before = results.size();
            runWorker(new BatteryWorker.Request(submission, spec.name(), settings, limits, left, dir.toString(),
                    tracePackets), dir, results, output, each);
            left.removeIf(s -> results.containsKey(s.id()));
            fruitless = results.size() == before ? fruitless + 1 : 0;
            if (fruitless >= 2) {
                throw new IllegalStateException("the JVM that runs the battery did not start: "
                        + output.toString(StandardCharsets.UTF_8).strip());
            }
        }
        List<ScenarioResult> ordered = scenarios.stream().map(s -> results.get(s.id())).toList();
        return new Graded(ordered, output.toString(StandardCharsets.UTF_8));
    }

    /** Herald's own exception in the battery's JVM, with its stack trace there, as the cause of the one thrown here. */
    private static final class WorkerFailure extends RuntimeException {
        WorkerFailure(String trace) {
            super("in the JVM that runs the battery: " + trace, null, false, false);
        }
    }

    /** What grading a class gave: one result per scenario, and what the class printed. */
    public record Graded(List<ScenarioResult> results, String output) {
    }

    private static void runWorker(BatteryWorker.Request request, Path dir, Map<String, ScenarioResult> results,
            ByteArrayOutputStream output, Consumer<ScenarioResult> each) throws InterruptedException {
        Path file = dir.resolve("battery-request.json");
        Process worker;
        try {
            Files.createDirectories(dir);
            Files.writeString(file, Json.line(request));
            worker = Reaper.start(new ProcessBuilder(command(request.limits(), file.toString())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the JVM that runs the battery: " + e.getMessage(), e);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = daemon("herald-battery-out", () -> readLines(worker.getInputStream(), lines));
        daemon("herald-battery-err", () -> keep(worker.getErrorStream(), output));
        String started = null;
        ScenarioResult found = null;
        long startedAt = System.nanoTime();
        try {
            while (reader.isAlive() || !lines.isEmpty()) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    if (started != null && System.nanoTime() - startedAt > SCENARIO_SECONDS * 1_000_000_000L) {
                        String took = " took more than " + SCENARIO_SECONDS + " s and its JVM was stopped";
                        record(results, each, found != null ? found.keptAsFound("shrinking" + took)
                                : ScenarioResult.stopped(scenario(request, started), "the scenario" + took, List.of(),
                                        SCENARIO_SECONDS));
                        return;
                    }
                    continue;
                }
                JsonNode json = Json.MAPPER.readTree(line);
                if (json.has("started")) {
                    started = json.get("started").asText();
                    found = null;
                    startedAt = System.nanoTime();
                } else if (json.has("found")) {
                    found = Json.MAPPER.treeToValue(json.get("found"), ScenarioResult.class);
                } else if (json.has("unshrunk") && found != null) {
                    record(results, each, found.keptAsFound("shrinking was stopped because "
                            + json.get("unshrunk").asText()));
                    started = null;
                } else if (json.has("result")) {
                    record(results, each, Json.MAPPER.treeToValue(json.get("result"), ScenarioResult.class));
                    started = null;
                } else if (json.has("herald")) {
                    String trace = json.get("herald").asText();
                    throw new IllegalStateException("Herald itself failed in scenario " + started + ", in the JVM "
                            + "that runs the battery (not the class's doing): " + trace.lines().findFirst().orElse(""),
                            new WorkerFailure(trace));
                }
            }
            worker.waitFor(10, TimeUnit.SECONDS);
            if (started != null && found != null) {
                record(results, each, found.keptAsFound("the JVM running the class ended (exit code " + exitCode(worker)
                        + ") while shrinking: did the class call System.exit in a smaller scenario?"));
            } else if (started != null) {
                String sentence = "the JVM running the class ended (exit code " + exitCode(worker)
                        + ") during this scenario: did the class call System.exit, or crash the JVM?";
                record(results, each, ScenarioResult.stopped(scenario(request, started), sentence,
                        List.of(tail(output)), (System.nanoTime() - startedAt) / 1e9));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the JVM that runs the battery wrote a line Herald cannot read: "
                    + e.getMessage(), e);
        } finally {
            Reaper.kill(worker);
        }
    }

    /**
     * What a class's nodes say they need to settle after the heal ({@link herald.node.Settling}) on
     * {@code nodes} processes, for each of {@code crashes}: asked of one node made in a JVM of its
     * own, as the class's code always runs. Empty when no answer came within the time of a handler
     * and a JVM's start (the constructor or {@code settlingTime} threw, looped or ended the JVM, or
     * the class does not say): its scenarios tell what the constructor does.
     */
    static Optional<List<Long>> settlingTimes(Submission submission, int nodes, List<Integer> crashes,
            Limits limits) throws InterruptedException {
        Process worker;
        try {
            worker = Reaper.start(new ProcessBuilder(command(limits, BatteryWorker.SETTLING))
                    .redirectError(ProcessBuilder.Redirect.DISCARD));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM to ask " + submission.name() + " its settling time: "
                    + e.getMessage(), e);
        }
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            daemon("herald-settling-out", () -> readLines(worker.getInputStream(), lines));
            try (var in = worker.getOutputStream()) {
                in.write(Json.line(new BatteryWorker.SettlingRequest(submission, nodes, crashes))
                        .getBytes(StandardCharsets.UTF_8));
            } catch (IOException ended) {
                return Optional.empty();
            }
            String line = lines.poll(limits.handlerMillis() + JVM_START_MILLIS, TimeUnit.MILLISECONDS);
            JsonNode times = line == null ? null : Json.MAPPER.readTree(line).get("settling");
            if (times == null || !times.isArray()) {
                return Optional.empty();
            }
            List<Long> micros = new ArrayList<>();
            times.forEach(t -> micros.add(t.asLong()));
            return Optional.of(micros);
        } catch (IOException e) {
            throw new UncheckedIOException("the JVM that asks " + submission.name() + " its settling time wrote a "
                    + "line Herald cannot read: " + e.getMessage(), e);
        } finally {
            Reaper.kill(worker);
        }
    }

    private static List<String> command(Limits limits, String argument) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx" + limits.heapMegabytes() + "m", "-XX:+UseSerialGC", "-Xss1m",
                "-cp", System.getProperty("java.class.path"), BatteryWorker.class.getName(), argument);
    }

    private static void record(Map<String, ScenarioResult> results, Consumer<ScenarioResult> each, ScenarioResult r) {
        if (results.putIfAbsent(r.scenario().id(), r) == null) {
            each.accept(r);
        }
    }

    private static BatteryScenario scenario(BatteryWorker.Request request, String id) {
        return request.scenarios().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the battery's JVM named an unknown scenario " + id));
    }

    private static String exitCode(Process worker) {
        return worker.isAlive() ? "none yet" : Integer.toString(worker.exitValue());
    }

    private static String tail(ByteArrayOutputStream output) {
        String text;
        synchronized (output) {
            text = output.toString(StandardCharsets.UTF_8);
        }
        return text.length() > 4000 ? "…" + text.substring(text.length() - 4000) : text;
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void readLines(InputStream in, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException ended) {
            // The worker was killed.
        }
    }

    private static void keep(InputStream in, ByteArrayOutputStream output) {
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (output) {
                    output.write(buffer, 0, Math.max(0, Math.min(n, OUTPUT_KEPT - output.size())));
                }
            }
        } catch (IOException ended) {
            // The worker was killed.
        }
    }
}
