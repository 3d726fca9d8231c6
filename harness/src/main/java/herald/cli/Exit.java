package herald.cli;

import herald.check.Outcome;
import herald.check.Spec;
import herald.check.Verdict;
import herald.history.History;
import java.io.PrintWriter;

/** The exit codes every command uses. */
public final class Exit {

    /** Every property held. */
    public static final int VALID = 0;
    /** A property was violated. */
    public static final int VIOLATED = 1;
    /** Bad usage or bad input: the message says what. */
    public static final int BAD_INPUT = 2;
    /**
     * Herald itself failed: a bug, or a real-time run it could not carry out (a fault it could not
     * inject): the run is inconclusive, and the message says why.
     */
    public static final int INTERNAL = 3;
    /** What a run or a history cannot decide, for the reason the message gives; the same code as {@link #INTERNAL}. */
    public static final int INCONCLUSIVE = INTERNAL;

    /**
     * The code for {@code verdict} on {@code history}, telling on {@code err} why when it is
     * {@link #INCONCLUSIVE}: a history cut short that only failed liveness properties.
     */
    static int of(Spec spec, History history, Verdict verdict, String command, PrintWriter err) {
        if (spec.undecided(history, verdict)) {
            String violated = String.join(", ", verdict.violated().stream().map(Outcome::property).toList());
            err.println(command + ": inconclusive: the history has no end event (the run did not finish), and only "
                    + (spec.onlyLivenessViolated(verdict) ? "liveness properties were violated (" + violated + "), "
                            + "which the rest of the run might have mended"
                            : "properties the rest of the run might have mended or excused were violated (" + violated
                                    + "): more time may deliver what is missing, and a later crash would make a "
                                    + "process faulty, which total order does not bind"));
            return INCONCLUSIVE;
        }
        return verdict.valid() ? VALID : VIOLATED;
    }

    private Exit() {
    }
}
