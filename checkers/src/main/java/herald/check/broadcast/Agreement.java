package herald.check.broadcast;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
import herald.history.Names;
import java.util.List;

/**
 * Agreement: if a correct process delivers {@code m}, every correct process delivers {@code m}.
 * One violation per (message, correct process that never delivered it), citing the first correct
 * process that did.
 */
public final class Agreement implements Checker {

    @Override
    public boolean liveness() {
        return true;
    }

    @Override
    public String property() {
        return "agreement";
    }

    @Override
    public Outcome check(History history) {
        Findings findings = new Findings(property());
        boolean[] correct = Coverage.correct(history);
        Coverage coverage = new Coverage(history);
        for (int m = 0; m < history.messageCount(); m++) {
            coverage.of(m);
            int witness = -1;
            for (int k = 0; k < correct.length; k++) {
                if (correct[k] && coverage.delivered(k)
                        && (witness < 0 || coverage.firstDelivery(k) < coverage.firstDelivery(witness))) {
                    witness = k;
                }
            }
            if (witness < 0) {
                continue;
            }
            for (int k = 0; k < correct.length; k++) {
                if (correct[k] && !coverage.delivered(k)) {
                    String msg = history.message(m);
                    String who = history.node(witness);
                    String missing = history.node(k);
                    int at = coverage.firstDelivery(witness);
                    findings.add(() -> new Violation(property(), "agreement violated: correct process " + who
                            + " delivered " + Names.told(msg) + " (#" + at + "), but correct process " + missing
                            + " never delivered it", List.of(who, missing), List.of(msg), List.of(at)));
                }
            }
        }
        return findings.outcome();
    }
}
