package herald.check.broadcast;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
import herald.history.Names;
import java.util.List;

/**
 * Validity, in its two flavours.
 *
 * <ul>
 *   <li><b>Best-effort</b>: every message broadcast by a correct process is delivered by every
 *       correct process.
 *   <li><b>Reliable</b>: every message broadcast by a correct process is delivered by that
 *       process (agreement then carries it to everyone).
 * </ul>
 *
 * <p>One violation per (message, correct process that never delivered it).
 */
public final class Validity implements Checker {

    private final boolean bestEffort;

    private Validity(boolean bestEffort) {
        this.bestEffort = bestEffort;
    }

    /** Every correct process delivers what a correct process broadcast. */
    public static Validity bestEffort() {
        return new Validity(true);
    }

    /** A correct process delivers what it broadcast itself. */
    public static Validity reliable() {
        return new Validity(false);
    }

    @Override
    public boolean liveness() {
        return true;
    }

    @Override
    public String property() {
        return "validity";
    }

    @Override
    public Outcome check(History history) {
        Findings findings = new Findings(property());
        boolean[] correct = Coverage.correct(history);
        Coverage coverage = new Coverage(history);
        for (int m = 0; m < history.messageCount(); m++) {
            int broadcast = history.broadcastOf(m);
            if (broadcast < 0) {
                continue;
            }
            int sender = history.nodeAt(broadcast);
            if (!correct[sender]) {
                continue;
            }
            coverage.of(m);
            if (!bestEffort) {
                if (!coverage.delivered(sender)) {
                    report(findings, history, m, broadcast, sender);
                }
                continue;
            }
            for (int k = 0; k < correct.length; k++) {
                if (correct[k] && !coverage.delivered(k)) {
                    report(findings, history, m, broadcast, k);
                }
            }
        }
        return findings.outcome();
    }

    private static void report(Findings findings, History history, int m, int broadcast, int missing) {
        String msg = history.message(m);
        String told = Names.told(msg);
        String sender = history.node(history.nodeAt(broadcast));
        String absent = history.node(missing);
        findings.add(() -> new Violation("validity",
                missing == history.nodeAt(broadcast)
                        ? "validity violated: correct process " + sender + " broadcast " + told + " (#"
                                + broadcast + ") and never delivered it itself"
                        : "validity violated: correct process " + sender + " broadcast " + told + " (#"
                                + broadcast + "), but correct process " + absent + " never delivered it",
                sender.equals(absent) ? List.of(sender) : List.of(sender, absent), List.of(msg), List.of(broadcast)));
    }
}
