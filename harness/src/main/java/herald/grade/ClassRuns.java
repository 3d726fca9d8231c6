package herald.grade;

import herald.check.Spec;
import herald.check.Verdict;
import herald.check.Violation;
import herald.history.Header;
import herald.node.Node;
import herald.protocol.Protocol;
import herald.report.Report;
import herald.run.Run;
import herald.scenario.Scenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a Java submission through battery scenarios in the deterministic simulator, in this JVM:
 * each run on a fresh class loader and a fresh {@link Budget}; each failure shrunk by the
 * {@link Shrinker}, written (history and report) and told as a sentence with its evidence.
 *
 * <p>What it cannot stop by itself, a handler that never returns, is for a watchdog on another
 * thread: {@link #watched()} is the budget of the run in progress.
 */
public final class ClassRuns {

    private final Submission submission;
    private final Spec spec;
    private final BatterySettings settings;
    private final Limits limits;
    private final Shrinker shrinker;
    private final Path dir;
    private final boolean tracePackets;
    private final AtomicReference<Budget> watched = new AtomicReference<>();
    private volatile Budget last;

    /**
     * @param dir where each scenario's history and report go ({@code dir/<kind>-seed<S>/})
     */
    public ClassRuns(Submission submission, Spec spec, BatterySettings settings, Limits limits, Shrinker shrinker,
            Path dir, boolean tracePackets) {
        this.submission = submission;
        this.spec = spec;
        this.settings = settings;
        this.limits = limits;
        this.shrinker = shrinker;
        this.dir = dir;
        this.tracePackets = tracePackets;
    }

    /** The outcome of one run: its verdict and budget, and what failed first, if anything. */
    private record Attempt(Run run, Budget budget, String property, String sentence) {
        boolean passed() {
            return property == null;
        }
    }

    /** Runs one scenario of the battery, shrinking it if it fails. */
    public ScenarioResult run(BatteryScenario s) {
        long start = System.nanoTime();
        Scenario scenario = s.scenario(submission.name(), herald.scenario.Scenario.nodeNames(settings.nodes()),
                settings);
        Path folder = dir.resolve(s.file());
        Attempt found = attempt(s, scenario, folder.resolve("history.jsonl"));
        if (found.passed()) {
            return result(s, found, folder.resolve("history.jsonl"), null, start);
        }
        Scenario small = shrinker.shrink(scenario, candidate -> {
            Attempt again = attempt(s, candidate, null);
            return found.property().equals(again.property());
        });
        Attempt shown = found;
        Path history = folder.resolve("history.jsonl");
        String shrunk = null;
        if (small != scenario) {
            history = folder.resolve("shrunk").resolve("history.jsonl");
            shown = attempt(s, small, history);
            shrunk = "shrunk from " + size(scenario) + " to " + size(small);
        }
        if (shown.run() != null) {
            Report.write(history.resolveSibling(Report.FILE), shown.run().history(), shown.run().verdict());
        }
        return result(s, shown, history, shrunk, start);
    }

    private static String size(Scenario scenario) {
        return scenario.nodes().size() + " nodes, " + scenario.broadcasts().size() + " broadcasts and "
                + scenario.schedule().size() + " faults";
    }

    private ScenarioResult result(BatteryScenario s, Attempt a, Path history, String shrunk, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        String verdict = a.run() == null ? null : a.run().verdict().describe();
        return new ScenarioResult(s, a.passed(), a.property(), a.sentence(), verdict, a.budget().traces(),
                a.budget().failures(), Map.of(), a.run() == null ? null : history.toString(), shrunk, null, seconds);
    }

    private Attempt attempt(BatteryScenario s, Scenario scenario, Path historyFile) {
        Budget budget = new Budget(limits);
        last = budget;
        watched.set(budget);
        try (Submission.Fresh fresh = submission.fresh()) {
            Supplier<Node> nodes = () -> {
                budget.watch("a new node", "constructor");
                try {
                    return fresh.nodes().get();
                } finally {
                    budget.exit();
                }
            };
            Protocol plain = Protocol.reference(submission.name(), spec.name(), "a graded submission", Set.of(), nodes);
            Protocol budgeted = Protocol.reference(submission.name(), spec.name(), "a graded submission", Set.of(),
                    () -> new BudgetedNode(nodes.get(), budget));
            Header header = Run.header(scenario, plain, spec, s.kind() + " (" + s.nemesis() + ")")
                    .with("battery", Battery.VERSION).with("scenario", s.id());
            Run run;
            try {
                run = Run.simulate(scenario, budgeted, spec, header, historyFile, tracePackets);
            } catch (RuntimeException e) {
                budget.failed("a new node", "constructor", 0, e);
                return new Attempt(null, budget, ScenarioResult.STOPPED, "the run could not go on: " + e.getMessage());
            }
            return judge(run, budget);
        } finally {
            watched.set(null);
        }
    }

    private static Attempt judge(Run run, Budget budget) {
        Verdict verdict = run.verdict();
        if (budget.stopped() != null) {
            return new Attempt(run, budget, ScenarioResult.STOPPED, budget.stopped());
        }
        if (!verdict.valid()) {
            Violation first = verdict.firstViolation();
            return new Attempt(run, budget, first.property(), first.sentence());
        }
        if (!budget.failures().isEmpty()) {
            return new Attempt(run, budget, ScenarioResult.CRASH, budget.failures().get(0));
        }
        return new Attempt(run, budget, null, null);
    }

    /** The budget of the run in progress, or null between runs: for a watchdog. */
    AtomicReference<Budget> watched() {
        return watched;
    }

    /** The budget of the latest run, even once it is over: what a run that died was doing. */
    Budget last() {
        return last;
    }

    /** Runs every scenario in turn, in this JVM; for callers that trust the class (Herald's own protocols). */
    public List<ScenarioResult> runAll(List<BatteryScenario> scenarios) {
        List<ScenarioResult> results = new ArrayList<>();
        for (BatteryScenario s : scenarios) {
            results.add(run(s));
        }
        return results;
    }
}
