package herald.check.broadcast;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
import herald.history.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * Uniform agreement: if any process, even one that later crashes, delivers {@code m}, every
 * correct process delivers {@code m}. It is what a process that delivers and then dies owes the
 * others: nothing it acted on may be lost to the survivors.
 */
public final class UniformAgreement implements Checker {

    @Override
    public boolean liveness() {
        return true;
    }

    @Override
    public String property() {
        return "uniform-agreement";
    }

    @Override
    public Outcome check(History history) {
        Findings findings = new Findings(property());
        boolean[] correct = Coverage.correct(history);
        Coverage coverage = new Coverage(history);
        for (int m = 0; m < history.messageCount(); m++) {
            if (history.deliveriesOf(m).isEmpty()) {
                continue;
            }
            coverage.of(m);
            int first = history.deliveriesOf(m).get(0);
            int witness = history.nodeAt(first);
            for (int k = 0; k < correct.length; k++) {
                if (correct[k] && !coverage.delivered(k)) {
                    String msg = history.message(m);
                    String who = history.node(witness);
                    String missing = history.node(k);
                    findings.add(() -> {
                        List<Integer> events = new ArrayList<>(List.of(first));
                        String state = "";
                        if (!correct[witness]) {
                            int after = history.crashAfter(witness, first);
                            int crash = after >= 0 ? after : history.fatalCrash(witness);
                            state = (after >= 0 ? ", then crashed (#" : ", after it crashed (#") + crash + ")";
                            events.add(crash);
                            events.sort(null);
                        }
                        return new Violation(property(), "uniform agreement violated: " + who + " delivered "
                                + Names.told(msg) + " (#" + first + ")" + state + ", but correct process " + missing
                                + " never delivered it", List.of(who, missing), List.of(msg), events);
                    });
                }
            }
        }
        return findings.outcome();
    }
}
