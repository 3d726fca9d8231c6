package herald.grade;

import herald.process.Figures;
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
 *     {@link #START} (the program could not be started); null when it passed
 * @param sentence the first failure as a sentence; null when it passed
 * @param verdict the verdict as {@code herald run} prints it, or null when there was none
 * @param traces the stack traces of handlers that threw, or of one that was stopped
 * @param diagnostics what was wrong with a program's behaviour (junk lines, unanswered requests, exits)
 * @param stderr each node's stderr (programs), or the class's own output (Java classes)
 * @param history the history file of the run (of the shrunk run, when it was shrunk), or null
 * @param shrunk how shrinking went, or null when it was not shrunk
 * @param figures Maelstrom's figures (programs), or null
 * @param seconds how long the scenario took to grade
 */
public record ScenarioResult(BatteryScenario scenario, boolean passed, String property, String sentence,
        String verdict, List<String> traces, List<String> diagnostics, Map<String, String> stderr, String history,
        String shrunk, Figures figures, double seconds) {

    /** A handler threw: its node crashed. */
    public static final String CRASH = "crash";
    /** Herald had to stop the run: a budget ran out, a handler never returned, memory ran out. */
    public static final String STOPPED = "stopped";
    /** The program could not be started. */
    public static final String START = "start";

    public ScenarioResult {
        traces = traces == null ? List.of() : List.copyOf(traces);
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        stderr = stderr == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(stderr));
    }

    /** This result without its history, for a grade whose files are not kept. */
    public ScenarioResult withoutHistory() {
        return new ScenarioResult(scenario, passed, property, sentence, verdict, traces, diagnostics, stderr, null,
                shrunk, figures, seconds);
    }

    /** A failure Herald decided without a run to show for it. */
    public static ScenarioResult stopped(BatteryScenario scenario, String sentence, List<String> traces,
            double seconds) {
        return new ScenarioResult(scenario, false, STOPPED, sentence, null, traces, List.of(), Map.of(), null, null,
                null, seconds);
    }
}
