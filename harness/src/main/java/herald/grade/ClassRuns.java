package herald.grade;

import herald.check.Spec;
import herald.check.Verdict;
import herald.check.Violation;
import herald.history.Header;
import herald.hunt.Case;
import herald.hunt.Counterexample;
import herald.hunt.Hunt;
import herald.hunt.Replay;
import herald.hunt.Shrinker;
import herald.hunt.Target;
import herald.nemesis.NemesisOptions;
import herald.node.Node;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import herald.report.Report;
import herald.run.FailureModel;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.scenario.ScenarioFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs a Java submission through battery scenarios in the deterministic simulator, in this JVM:
 * each run on a fresh class loader and a fresh {@link Budget}; each failure shrunk by the hunt's
 * {@link Shrinker} (every candidate run the same way, on the same budget), kept beside the run as
 * found with the {@code scenario.json} that replays it, and told as a sentence with its evidence.
 *
 * <p>What it cannot stop by itself, a handler that never returns, is for a watchdog on another
 * thread: {@link #watched()} is the budget of the run in progress, and {@link #shrinking()} says
 * whether that run is a candidate of the shrinker (the failure as found then stands).
 */
public final class ClassRuns {

    /**
     * The parts of the failure model a battery's scenario may keep (no crash; a majority correct;
     * crashed processes stay down), which a shrunk one must keep too: a counterexample that crashes
     * the majority of a smaller group would fail a correct implementation as well.
     */
    private static final List<Assumption> FAILURE_MODEL = List.of(Assumption.CRASH_STOP, Assumption.NO_CRASH,
            Assumption.MAJORITY_CORRECT);

    private final Submission submission;
    private final Spec spec;
    private final BatterySettings settings;
    private final Limits limits;
    private final Path dir;
    private final boolean tracePackets;
    private final Consumer<ScenarioResult> beforeShrinking;
    private final AtomicReference<Budget> watched = new AtomicReference<>();
    private volatile Budget last;
    private volatile boolean shrinking;

    /**
     * @param dir where each scenario's history and report go ({@code dir/<kind>-seed<S>/}, and the
     *     shrunk run in its {@code shrunk/})
     * @param beforeShrinking told of a failure as found, before it is shrunk: what stands if
     *     shrinking is cut short
     */
    public ClassRuns(Submission submission, Spec spec, BatterySettings settings, Limits limits, Path dir,
            boolean tracePackets, Consumer<ScenarioResult> beforeShrinking) {
        this.submission = submission;
        this.spec = spec;
        this.settings = settings;
        this.limits = limits;
        this.dir = dir;
        this.tracePackets = tracePackets;
        this.beforeShrinking = beforeShrinking;
    }

    public ClassRuns(Submission submission, Spec spec, BatterySettings settings, Limits limits, Path dir,
            boolean tracePackets) {
        this(submission, spec, settings, limits, dir, tracePackets, found -> { });
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
        Scenario scenario = s.scenario(submission.name(), Scenario.nodeNames(settings.nodes()), settings);
        Path folder = dir.resolve(s.file());
        Path history = folder.resolve("history.jsonl");
        Attempt found = attempt(scenario, history, tracePackets, plain -> Run.header(scenario, plain, spec, nemesis(s))
                .with("battery", Battery.VERSION).with("scenario", s.id()));
        if (found.run() != null && !found.passed()) {
            Report.write(folder.resolve(Report.FILE), found.run().history(), found.run().verdict());
        }
        ScenarioResult asFound = result(found, s, history, null, start);
        if (found.passed() || found.run() == null || ScenarioResult.STOPPED.equals(found.property())
                || limits.shrinkRuns() == 0) {
            return asFound;
        }
        beforeShrinking.accept(asFound);
        shrinking = true;
        try {
            return shrink(s, scenario, found, asFound, folder.resolve("shrunk"), start);
        } finally {
            shrinking = false;
        }
    }

    /**
     * The failure made smaller while it fails the same way, kept in {@code folder}; or the failure
     * as found, with a diagnostic, when the shrunk run does not fail that way again.
     */
    private ScenarioResult shrink(BatteryScenario s, Scenario scenario, Attempt found, ScenarioResult asFound,
            Path folder, long start) {
        String nemesis = nemesis(s);
        Target target = new Target(heldTo(scenario), spec, null);
        Hunt.Found failure = new Hunt.Found(s.seed(), new Case(scenario, nemesis), found.run(), found.property());
        Predicate<Scenario> stillFails = candidate -> found.property().equals(
                attempt(candidate, null, false, plain -> Run.header(candidate, plain, spec, nemesis)).property());
        Shrinker.Shrunk shrunk = new Shrinker(target, true, limits.shrinkRuns()).shrink(failure, stillFails);
        String description = submission.name() + " fails " + s.id() + " of " + Battery.VERSION + " (" + found.property()
                + "); shrunk in " + shrunk.steps() + " steps";
        ScenarioFile file = new ScenarioFile(shrunk.shrunk().scenario(), spec.name(), nemesis, true, description,
                submission.className());
        String classpath = submission.classPath().isEmpty() ? null : submission.classPath().toString();
        List<Attempt> shown = new ArrayList<>(1);
        Counterexample kept;
        try {
            kept = Counterexample.keepIn(folder, file, shrunk, classpath, (f, history) -> {
                Attempt again = attempt(f.scenario(), history, f.tracePackets(), plain -> Replay.header(f, plain));
                if (!found.property().equals(again.property())) {
                    throw new Unrepeatable();
                }
                shown.add(again);
                return again.run();
            });
        } catch (Unrepeatable e) {
            return asFound.keptAsFound("the shrunk scenario did not fail the same way when run again "
                    + "(does the class depend on more than the scenario, such as objects' hash codes?)");
        }
        return result(shown.get(0), s, kept.historyFile(), new ScenarioResult.Shrunk(kept.before(), kept.after(),
                kept.shrinking(), asFound.history(), kept.scenarioFile().toString(), kept.replayCommand()), start);
    }

    /** A shrunk scenario that failed another way when it was run again to be kept. */
    private static final class Unrepeatable extends RuntimeException {
        Unrepeatable() {
            super(null, null, false, false);
        }
    }

    /**
     * The graded class as the shrinker judges candidates: its name, and the parts of the failure
     * model {@code found} keeps. Its runs go through {@link #attempt}, never through this protocol.
     */
    private Protocol heldTo(Scenario found) {
        NemesisOptions faults = NemesisOptions.of(found.schedule());
        Set<Assumption> model = new LinkedHashSet<>();
        for (Assumption a : FAILURE_MODEL) {
            if (FailureModel.keeps(a, faults, found.nodes())) {
                model.add(a);
            }
        }
        return Protocol.reference(submission.name(), spec.name(), "a graded submission", model, () -> {
            throw new IllegalStateException("a graded class runs on a budget, through ClassRuns");
        });
    }

    /** The nemesis a scenario's history names: {@code loss (loss=0.2)}. */
    private static String nemesis(BatteryScenario s) {
        return s.kind() + " (" + s.nemesis() + ")";
    }

    private ScenarioResult result(Attempt a, BatteryScenario s, Path history, ScenarioResult.Shrunk shrunk,
            long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        String verdict = a.run() == null ? null : a.run().verdict().describe();
        return new ScenarioResult(s, a.passed(), a.property(), a.sentence(), verdict, a.budget().traces(),
                a.budget().failures(), Map.of(), a.run() == null ? null : history.toString(), shrunk, null, seconds);
    }

    private Attempt attempt(Scenario scenario, Path historyFile, boolean tracing, Function<Protocol, Header> header) {
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
            Run run;
            try {
                run = Run.simulate(scenario, budgeted, spec, header.apply(plain), historyFile, tracing);
            } catch (RuntimeException e) {
                if (budget.misuse() != null) {
                    return new Attempt(null, budget, ScenarioResult.STOPPED, budget.misuse());
                }
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
        if (budget.misuse() != null) {
            return new Attempt(run, budget, ScenarioResult.STOPPED, budget.misuse());
        }
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

    /** Whether the run in progress is a candidate of the shrinker: a failure as found stands if it dies. */
    boolean shrinking() {
        return shrinking;
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
