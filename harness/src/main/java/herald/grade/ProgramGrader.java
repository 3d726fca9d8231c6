package herald.grade;

import herald.check.Spec;
import herald.check.Verdict;
import herald.check.Violation;
import herald.history.Event;
import herald.history.Header;
import herald.process.ProcessRun;
import herald.process.ProcessSettings;
import herald.process.Program;
import herald.realtime.Inconclusive;
import herald.report.Report;
import herald.run.Version;
import herald.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Grades a program on a battery: each scenario is a real-time run of N copies of it
 * ({@link ProcessRun}), its history checked against the spec. Scenarios run a few at a time, since
 * a real-time run mostly waits. The first runs alone: when the program cannot even be started,
 * grading stops there.
 *
 * <p>A later scenario that cannot be judged is {@link ScenarioResult#INCONCLUSIVE}, neither a pass
 * nor a failure, and grading goes on: its processes did not all answer {@code init} in time (the
 * first scenario's did, so the program can be run: the machine was too slow, which K scenarios
 * of N JVMs each on two cores can be; later scenarios wait K times longer for it); Herald could
 * not carry the run out ({@link Inconclusive}); or only liveness failed (validity, agreement),
 * and only in a run where requests went unanswered, so whether a value was delivered cannot be
 * told: a node too slow to answer is not judged wrong for it, as Maelstrom calls such an
 * operation indeterminate. A safety property that fails is a failure whatever else happened.
 */
public final class ProgramGrader {

    /** The stderr kept in a failing scenario's result, per node; the whole of it is in the run's folder. */
    private static final int STDERR_SHOWN = 4000;

    private ProgramGrader() {
    }

    /**
     * Grades {@code program} on {@code scenarios}, {@code parallel} at a time, calling {@code each}
     * as each result comes; histories, stderr and reports go under {@code dir}. Nodes are {@code n0}
     * … as Maelstrom names them.
     */
    public static List<ScenarioResult> grade(Program program, Spec spec, List<BatteryScenario> scenarios,
            BatterySettings settings, ProcessSettings process, int parallel, Path dir, Consumer<ScenarioResult> each)
            throws InterruptedException {
        List<String> names = IntStream.range(0, settings.nodes()).mapToObj(k -> "n" + k).toList();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, parallel), runnable -> {
            Thread thread = new Thread(runnable, "herald-grade");
            thread.setDaemon(true);
            return thread;
        });
        Map<String, ScenarioResult> results = new LinkedHashMap<>();
        try {
            // The first scenario alone: it tells whether the program can be run at all.
            ScenarioResult first = one(program, spec, scenarios.get(0), names, settings, process, dir, true);
            results.put(first.scenario().id(), first);
            each.accept(first);
            if (ScenarioResult.START.equals(first.property())) {
                return List.of(first);
            }
            // K scenarios of N processes each start together: their JVMs (or interpreters) share the cores.
            ProcessSettings together = process.withInitTimeout(process.initTimeout() * Math.max(1, parallel));
            List<Future<?>> futures = new ArrayList<>();
            for (BatteryScenario s : scenarios.subList(1, scenarios.size())) {
                futures.add(pool.submit(() -> {
                    ScenarioResult r = one(program, spec, s, names, settings, together, dir, false);
                    synchronized (results) {
                        results.put(s.id(), r);
                        each.accept(r);
                    }
                    return r;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return scenarios.stream().map(s -> results.get(s.id())).filter(r -> r != null).toList();
    }

    private static ScenarioResult one(Program program, Spec spec, BatteryScenario s, List<String> names,
            BatterySettings settings, ProcessSettings process, Path dir, boolean first) throws InterruptedException {
        long start = System.nanoTime();
        Scenario scenario = s.scenario(program.describe(), names, settings);
        Path folder = dir.resolve(s.file());
        Header header = Header.of(names).withModel(scenario.schedule().model())
                .with("protocol", program.describe()).with("spec", spec.name()).with("seed", s.seed())
                .with("nemesis", s.kind() + " (" + s.nemesis() + ")")
                .with("network", scenario.schedule().network().toString())
                .with("broadcasts", scenario.broadcasts().size()).with("herald", Version.VERSION)
                .with("battery", Battery.VERSION).with("scenario", s.id()).with("runtime", "processes")
                .with("deliveries", process.deliveries().toString());
        Path history = folder.resolve("history.jsonl");
        ProcessRun.Result run;
        try {
            run = ProcessRun.run(program, scenario, process, header, history);
        } catch (Inconclusive e) {
            return ScenarioResult.inconclusive(s, e.getMessage(), List.of(), Map.of(), history.toString(),
                    (System.nanoTime() - start) / 1e9);
        }
        keepStderr(folder, run.stderr());
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!run.started() && first) {
            return new ScenarioResult(s, false, ScenarioResult.START, run.startFailure(), null, List.of(),
                    run.diagnostics(), shown(run.stderr()), null, null, null, seconds);
        }
        if (!run.started()) {
            return ScenarioResult.inconclusive(s, "did not start in time, though the first scenario did (a machine "
                    + "too loaded?): " + run.startFailure(), run.diagnostics(), shown(run.stderr()), null, seconds);
        }
        Verdict verdict = spec.check(run.history());
        Violation violation = verdict.firstViolation();
        String property = violation == null ? null : violation.property();
        String sentence = violation == null ? null : violation.sentence();
        String unanswered = run.unanswered();
        if (unanswered != null && run.breach() == null && spec.onlyLivenessViolated(verdict)) {
            Report.write(folder.resolve(Report.FILE), run.history(), verdict);
            return new ScenarioResult(s, false, ScenarioResult.INCONCLUSIVE, "not judged: " + property + " failed "
                    + "only where requests went unanswered (" + unanswered + "), so whether the values were "
                    + "delivered cannot be told (a node too slow for the machine, or one that does not answer: see "
                    + "the diagnostics): " + sentence, verdict.describe(), List.of(), run.diagnostics(),
                    shown(run.stderr()), history.toString(), null, run.figures(), seconds);
        }
        if (violation == null) {
            Event.Crash exit = run.history().events().stream().filter(e -> e instanceof Event.Crash c
                    && c.reason() != null).map(e -> (Event.Crash) e).findFirst().orElse(null);
            if (exit != null) {
                property = ScenarioResult.CRASH;
                sentence = exit.node() + " crashed at " + exit.t() / 1000 + " ms: " + exit.reason();
            }
        }
        if (property != null) {
            Report.write(folder.resolve(Report.FILE), run.history(), verdict);
        }
        if (violation != null && run.breach() != null && spec.onlyLivenessViolated(verdict)) {
            sentence += " (" + run.breach() + ")";
        } else if (violation != null && run.unsettled() != null && spec.onlyLivenessViolated(verdict)) {
            // Failed all the same: a program that never stops sending cannot buy an inconclusive grade.
            sentence += " (" + run.unsettled() + ", " + run.figures().messages() + " messages for "
                    + run.figures().operations() + " operations: if they were still carrying values, not chatter, "
                    + "give it a longer --quiet)";
        }
        return new ScenarioResult(s, property == null, property, sentence, verdict.describe(), List.of(),
                run.diagnostics(), property == null ? Map.of() : shown(run.stderr()), history.toString(), null,
                run.figures(), seconds);
    }

    /** Each node's stderr, in full, beside the history. */
    private static void keepStderr(Path folder, Map<String, String> stderr) {
        try {
            Files.createDirectories(folder);
            for (Map.Entry<String, String> node : stderr.entrySet()) {
                if (!node.getValue().isEmpty()) {
                    Files.writeString(folder.resolve(node.getKey() + ".stderr"), node.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep stderr in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The last part of each node's stderr that is not empty. */
    private static Map<String, String> shown(Map<String, String> stderr) {
        Map<String, String> shown = new LinkedHashMap<>();
        stderr.forEach((node, text) -> {
            if (!text.isBlank()) {
                shown.put(node, text.length() > STDERR_SHOWN ? "…" + text.substring(text.length() - STDERR_SHOWN)
                        : text);
            }
        });
        return shown;
    }
}
