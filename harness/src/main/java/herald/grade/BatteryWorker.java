package herald.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.check.Specs;
import herald.history.Json;
import herald.node.Settling;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM a Java class is graded in, apart from Herald's own: whatever the class does (loop
 * forever in a handler, fill the heap, call {@code System.exit}), the JVM that reports the grade
 * survives it, and the next scenario starts in a fresh JVM.
 *
 * <p>It reads its {@link Request} from the file named by its one argument, runs the scenarios in
 * turn and writes, on stdout, one JSON line as each scenario starts ({@code {"started": id}}), one
 * with a failure as found before it is shrunk ({@code {"found": ...}}), and one with each result
 * ({@code {"result": ...}}). The class's own output goes to stderr. An exception of Herald's own
 * (making a scenario, checking or shrinking a run) ends the worker with {@code {"herald": trace}},
 * which the grading JVM reports as Herald's failure, not the class's. A watchdog thread stops a
 * handler that runs longer than the limit: it writes the scenario's result (with the handler's
 * stack, which shows where it loops) and halts the JVM. A heap that fills up ends the scenario the
 * same way. When either happens to a smaller candidate of the shrinker, it writes why instead
 * ({@code {"unshrunk": why}}), and the failure as found stands.
 *
 * <p>Given {@code --settling} instead, it reads a {@link SettlingRequest} on stdin, makes one node
 * and writes what that node says it needs to settle: the class's code runs here, never in the JVM
 * that reports the grade.
 *
 * <p>Nothing the class starts outlives this JVM: every process it started is killed when the JVM
 * ends, whether it halts itself, the class calls {@code System.exit} (a shutdown hook), or the
 * grading JVM kills it ({@link herald.process.Reaper} kills its whole process group).
 */
public final class BatteryWorker {

    /** What to grade, sent by {@link ClassGrader}. */
    public record Request(Submission submission, String spec, BatterySettings settings, Limits limits,
            List<BatteryScenario> scenarios, String dir, boolean tracePackets) {
    }

    /**
     * What a class's nodes need to settle, asked by {@link ClassGrader#settlingTimes}: the group's
     * size, and each number of crashed nodes to ask for.
     */
    public record SettlingRequest(Submission submission, int nodes, List<Integer> crashes) {
    }

    /** The argument that asks for settling times, the request on stdin, instead of grading. */
    static final String SETTLING = "--settling";

    private final PrintStream results;

    private BatteryWorker(PrintStream results) {
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        PrintStream results = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(BatteryWorker::killDescendants, "herald-descendants"));
        if (args[0].equals(SETTLING)) {
            new BatteryWorker(results).settle(Json.MAPPER.readValue(System.in, SettlingRequest.class));
        } else {
            new BatteryWorker(results).run(Json.MAPPER.readValue(Path.of(args[0]).toFile(), Request.class));
        }
        results.flush();
        halt();
    }

    /** Ends this JVM at once (no shutdown hook runs), after every process the class started. */
    private static void halt() {
        killDescendants();
        Runtime.getRuntime().halt(0);
    }

    /** Kills every process this JVM started, and theirs: a class may start processes, never leave them. */
    static void killDescendants() {
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
    }

    private void run(Request request) {
        ClassRuns runs = new ClassRuns(request.submission(), Specs.named(request.spec()), request.settings(),
                request.limits(), Path.of(request.dir()), request.tracePackets(),
                found -> emit("found", Json.MAPPER.valueToTree(found)));
        List<BatteryScenario> current = new ArrayList<>(1);
        Thread watchdog = new Thread(() -> watch(runs, request.limits(), current), "herald-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        for (BatteryScenario s : request.scenarios()) {
            synchronized (current) {
                current.clear();
                current.add(s);
            }
            emit("started", text(s.id()));
            long start = System.nanoTime();
            ScenarioResult result;
            try {
                result = runs.run(s);
            } catch (OutOfMemoryError e) {
                if (runs.shrinking()) {
                    emit("unshrunk", text("a smaller scenario filled the heap (" + request.limits().heapMegabytes()
                            + " MB)"));
                    return;
                }
                result = outOfMemory(s, runs.last(), request.limits(), start);
                emit("result", Json.MAPPER.valueToTree(result));
                return;
            } catch (RuntimeException e) {
                // The class's own exceptions are caught where its code runs (a handler's by BudgetedNode,
                // a run's by ClassRuns), so one that gets here is Herald's: told as such, never as the class's.
                emit("herald", text(Budget.trace(e)));
                return;
            }
            emit("result", Json.MAPPER.valueToTree(result));
        }
    }

    /**
     * Makes one node and writes {@code {"settling": [micros, ...]}}, what it says it needs for each
     * number of crashes asked, or {@code {"settling": null}} when it does not say; whatever the
     * class does instead (throws, loops, exits), no such line is written.
     */
    private void settle(SettlingRequest asked) {
        try (Submission.Fresh fresh = asked.submission().fresh()) {
            if (!(fresh.nodes().get() instanceof Settling node)) {
                emit("settling", Json.MAPPER.getNodeFactory().nullNode());
                return;
            }
            ArrayNode times = Json.MAPPER.createArrayNode();
            for (int crashes : asked.crashes()) {
                times.add(node.settlingTime(asked.nodes(), crashes));
            }
            emit("settling", times);
        }
    }

    private static ScenarioResult outOfMemory(BatteryScenario s, Budget budget, Limits limits, long start) {
        Budget.Call call = budget == null ? null : budget.lastCall();
        String where = call == null ? "the run" : call.node() + "'s " + call.handler();
        return ScenarioResult.stopped(s, where + " filled the heap (" + limits.heapMegabytes()
                + " MB) and was stopped: memory allocated without end?", List.of(), (System.nanoTime() - start) / 1e9);
    }

    private void watch(ClassRuns runs, Limits limits, List<BatteryScenario> current) {
        long limit = limits.handlerMillis() * 1_000_000;
        while (true) {
            try {
                Thread.sleep(Math.min(50, limits.handlerMillis()));
            } catch (InterruptedException e) {
                return;
            }
            Budget budget = runs.watched().get();
            Budget.Call call = budget == null ? null : budget.current();
            if (call == null || System.nanoTime() - call.since() < limit) {
                continue;
            }
            if (runs.shrinking()) {
                emit("unshrunk", text(call.node() + "'s " + call.handler() + " did not return within "
                        + limits.handlerMillis() + " ms in a smaller scenario"));
                results.flush();
                halt();
            }
            String stack = call.node() + " " + call.handler() + ", still running:\n"
                    + Budget.frames(call.thread().getStackTrace());
            BatteryScenario s;
            synchronized (current) {
                s = current.get(0);
            }
            ScenarioResult result = ScenarioResult.stopped(s, call.node() + "'s " + call.handler()
                    + " did not return within " + limits.handlerMillis() + " ms and was stopped: an endless loop?",
                    List.of(stack), limits.handlerMillis() / 1000.0);
            emit("result", Json.MAPPER.valueToTree(result));
            results.flush();
            halt();
        }
    }

    private static JsonNode text(String text) {
        return Json.MAPPER.getNodeFactory().textNode(text);
    }

    private synchronized void emit(String field, JsonNode value) {
        ObjectNode line = Json.MAPPER.createObjectNode();
        line.set(field, value);
        results.println(line);
    }
}
