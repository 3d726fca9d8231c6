package herald.check;

import herald.history.Event;
import herald.history.History;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The properties a protocol promises, by name: checking a history against a spec checks exactly
 * those properties.
 *
 * @param name the spec's name, e.g. {@code reliable}
 * @param description one line for {@code herald list}
 * @param checkers one per property, in the order a verdict lists them
 */
public record Spec(String name, String description, List<Checker> checkers) {

    public Spec {
        checkers = List.copyOf(checkers);
    }

    /** The names of the properties this spec checks. */
    public List<String> properties() {
        return checkers.stream().map(Checker::property).toList();
    }

    /**
     * Whether every property {@code verdict} says was violated is a liveness one (validity,
     * agreement, convergence), which more time might have mended; false when none was violated, or
     * when another was, which no wait mends.
     */
    public boolean onlyLivenessViolated(Verdict verdict) {
        return !verdict.valid() && checkers.stream()
                .allMatch(c -> c.liveness() || verdict.outcome(c.property()).valid());
    }

    /**
     * Whether {@code verdict} on {@code history} decides nothing: the history has no end event (the
     * run did not finish, or its file was cut off), and only properties the rest of the run might
     * have mended or excused were violated ({@link Checker#undecidedInPrefix}). A safety violation
     * in a prefix stands.
     */
    public boolean undecided(History history, Verdict verdict) {
        return !history.complete() && !verdict.valid() && checkers.stream()
                .allMatch(c -> c.undecidedInPrefix() || verdict.outcome(c.property()).valid());
    }

    /** Checks every property of the spec and says what held and what did not. */
    public Verdict check(History history) {
        List<Outcome> outcomes = new ArrayList<>(checkers.size());
        for (Checker checker : checkers) {
            outcomes.add(checker.check(history));
        }
        List<String> warnings = new ArrayList<>(history.warnings());
        if (!history.complete()) {
            warnings.add("the history has no end event: the run did not finish, so liveness properties"
                    + " were judged on what it recorded");
        } else {
            stillInForce(history).forEach((fault, start) -> warnings.add("the " + fault + " that started at #" + start
                    + " never stopped: liveness properties were judged with it still in force, where a run ends "
                    + "with every fault stopped"));
        }
        return new Verdict(name, outcomes, warnings);
    }

    /** The faults started and not stopped by the end, each by its name and its earliest start still open. */
    private static Map<String, Integer> stillInForce(History history) {
        Map<String, ArrayDeque<Integer>> open = new TreeMap<>();
        for (Event e : history.events()) {
            if (e instanceof Event.Fault f) {
                ArrayDeque<Integer> starts = open.computeIfAbsent(f.fault(), name -> new ArrayDeque<>());
                if (f.isStart()) {
                    starts.addLast(f.i());
                } else {
                    starts.pollFirst();
                }
            }
        }
        Map<String, Integer> inForce = new TreeMap<>();
        open.forEach((fault, starts) -> {
            if (!starts.isEmpty()) {
                inForce.put(fault, starts.peekFirst());
            }
        });
        return inForce;
    }
}
