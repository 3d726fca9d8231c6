package herald.grade;

import herald.hunt.Size;
import herald.process.Figures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a submission did in one scenario of the battery, with the evidence.
 *
 * @param scenario the battery's scenario
 * @param passed whether it passed: every property held, no handler threw, nothing had to be stopped
 * @param property what failed: a property of the spec, or {@link #CRASH} (a handler threw),
 *     {@link #STOPPED} (a budget ran out, a handler never returned, the heap filled up) or
 *     {@link #START} (the program could not be started, in the battery's first scenario) or {@link
 *     #INCONCLUSIVE} (a program's scenario that could not be judged); null when it passed
 * @param sentence the first failure as a sentence; null when it passed
 * @param verdict the verdict as {@code herald run} prints it, or null when there was none
 * @param traces the stack traces of handlers that threw, or of one that was stopped
 * @param diagnostics what was wrong with a program's behaviour (junk lines, unanswered requests, exits)
 * @param stderr each node's stderr (programs), or the class's own output (Java classes)
 * @param history the history file of the run (of the shrunk run, when it was shrunk), or null
 * @param shrunk the failing run made smaller, or null when it was not shrunk
 * @param figures Maelstrom's figures (programs), or null
 * @param seconds how long the scenario took to grade
 */
public record ScenarioResult(BatteryScenario scenario, boolean passed, String property, String sentence,
        String verdict, List<String> traces, List<String> diagnostics, Map<String, String> stderr, String history,
        Shrunk shrunk, Figures figures, double seconds) {

    /** A handler threw: its node crashed. */
    public static final String CRASH = "crash";
    /** Herald had to stop the run: a budget ran out, a handler never returned, memory ran out. */
    public static final String STOPPED = "stopped";
    /** The program could not be started. */
    public static final String START = "start";
    /**
     * A program's scenario that could not be judged, neither passed nor failed: its processes did
     * not all start in time though the first scenario's did (a loaded machine), Herald could not
     * carry out the run, or a liveness property failed only where requests went unanswered, so
     * whether the value was delivered cannot be told.
     */
    public static final String INCONCLUSIVE = "inconclusive";

    private static final String KEPT_AS_FOUND = "kept as found: ";

    public ScenarioResult {
        traces = traces == null ? List.of() : List.copyOf(traces);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        stderr = stderr == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stderr));
    }

    /**
     * A failing scenario made smaller by the hunt's shrinker ({@link herald.hunt.Shrinker}) while it
     * fails the same way, and kept beside the run as found ({@link herald.hunt.Counterexample}).
     *
     * @param before the size of the run as the battery found it
     * @param after the size of the shrunk run
     * @param shrinking "shrunk in 24 steps (111 runs, 0.3 s): 5 nodes, … → 3 nodes, …"
     * @param found the history of the run as the battery found it
     * @param scenarioFile the shrunk run's {@code scenario.json}
     * @param replay the command that replays the shrunk run, byte for byte
     */
    public record Shrunk(Size before, Size after, String shrinking, String found, String scenarioFile,
            String replay) {
    }

    /** Whether the scenario could not be judged ({@link #INCONCLUSIVE}). */
    public boolean inconclusive() {
        return INCONCLUSIVE.equals(property);
    }

    /** Whether the scenario failed: a property, a crash, a budget, a start; not when it was inconclusive. */
    public boolean failed() {
        return !passed && !inconclusive();
    }

    /** The diagnostic that says why a failure was kept as found, not shrunk; null when there is none. */
    public String whyKeptAsFound() {
        return diagnostics.stream().filter(d -> d.startsWith(KEPT_AS_FOUND)).findFirst().orElse(null);
    }

    /** This result without its files (its history, its shrunk run), for a grade whose files are not kept. */
    public ScenarioResult withoutHistory() {
        return new ScenarioResult(scenario, passed, property, sentence, verdict, traces, diagnostics, stderr, null,
                null, figures, seconds);
    }

    /** This failure as found, with a diagnostic saying why it was not shrunk: "kept as found: {@code why}". */
    public ScenarioResult keptAsFound(String why) {
        List<String> more = new ArrayList<>(diagnostics);
        more.add(KEPT_AS_FOUND + why);
        return new ScenarioResult(scenario, passed, property, sentence, verdict, traces, more, stderr, history, shrunk,
                figures, seconds);
    }

    /** A scenario Herald could not judge, and why: neither a pass nor a failure. */
    public static ScenarioResult inconclusive(BatteryScenario scenario, String why, List<String> diagnostics,
            Map<String, String> stderr, String history, double seconds) {
        return new ScenarioResult(scenario, false, INCONCLUSIVE, why, null, List.of(), diagnostics, stderr, history,
                null, null, seconds);
    }

    /** A failure Herald decided without a run to show for it. */
    public static ScenarioResult stopped(BatteryScenario scenario, String sentence, List<String> traces,
            double seconds) {
        return new ScenarioResult(scenario, false, STOPPED, sentence, null, traces, List.of(), Map.of(), null, null,
                null, seconds);
    }
}
