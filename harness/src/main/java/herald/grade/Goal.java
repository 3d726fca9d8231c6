package herald.grade;

import herald.process.Figures;
import java.util.List;
import java.util.Locale;

/**
 * A performance goal in Maelstrom's terms, such as the Gossip Glomers' "under 30 messages per
 * operation, median latency under 400 ms, maximum under 600 ms". A goal is judged on the figures
 * of every fault-free scenario graded, by the worst of them, as those challenges run without
 * faults.
 *
 * @param figure {@code msgs-per-op}, {@code median-latency} or {@code max-latency}
 * @param limit the figure must stay under it (latencies in ms)
 */
public record Goal(String figure, double limit) {

    public static final List<String> FIGURES = List.of("msgs-per-op", "median-latency", "max-latency");

    public Goal {
        if (!FIGURES.contains(figure)) {
            throw new IllegalArgumentException("unknown figure " + figure + " (known: " + String.join(", ", FIGURES)
                    + ")");
        }
        if (!(limit > 0)) {
            throw new IllegalArgumentException("a goal's limit must be positive, got " + limit);
        }
    }

    /**
     * How a goal went.
     *
     * @param goal the goal
     * @param worst the worst value over the fault-free scenarios, or null when none was graded
     * @param met whether every fault-free scenario stayed under the limit
     * @param sentence what happened, for the scorecard
     */
    public record Judged(Goal goal, Double worst, boolean met, String sentence) {
    }

    /** The figure of one run, or null when it has none (no value became stable). */
    Double value(Figures figures) {
        switch (figure) {
            case "msgs-per-op":
                return figures.msgsPerOp();
            case "median-latency":
                return figures.medianLatency() == null ? null : figures.medianLatency().doubleValue();
            default:
                return figures.maxLatency() == null ? null : figures.maxLatency().doubleValue();
        }
    }

    /** Judges this goal on the fault-free scenarios among {@code results}. */
    public Judged judge(List<ScenarioResult> results) {
        Double worst = null;
        int runs = 0;
        for (ScenarioResult r : results) {
            if (!r.scenario().nemesis().equals("none") || r.figures() == null) {
                continue;
            }
            runs++;
            Double value = value(r.figures());
            if (value == null) {
                return new Judged(this, null, false, describe() + ": no value became stable in " + r.scenario().id());
            }
            worst = worst == null ? value : Math.max(worst, value);
        }
        if (worst == null) {
            return new Judged(this, null, false, describe() + ": no fault-free scenario was graded to judge it on");
        }
        boolean met = worst < limit;
        return new Judged(this, worst, met, String.format(Locale.ROOT, "%s: %s at worst over %d fault-free run%s",
                describe(), format(worst), runs, runs == 1 ? "" : "s"));
    }

    /** "msgs-per-op under 30", "median-latency under 400 ms". */
    public String describe() {
        return figure + " under " + format(limit);
    }

    private String format(double value) {
        String number = value == Math.rint(value) ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
        return figure.equals("msgs-per-op") ? number : number + " ms";
    }
}
