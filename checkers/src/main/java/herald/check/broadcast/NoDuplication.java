package herald.check.broadcast;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
import herald.history.Names;
import herald.history.IntList;
import java.util.Arrays;
import java.util.List;

/**
 * No duplication: no process delivers the same message more than once. One violation per extra
 * delivery.
 */
public final class NoDuplication implements Checker {

    @Override
    public boolean safety() {
        return true;
    }

    @Override
    public String property() {
        return "no-duplication";
    }

    @Override
    public Outcome check(History history) {
        Findings findings = new Findings(property());
        int[] stamp = new int[history.nodeCount()];
        int[] firstAt = new int[history.nodeCount()];
        Arrays.fill(stamp, -1);
        for (int m = 0; m < history.messageCount(); m++) {
            IntList deliveries = history.deliveriesOf(m);
            for (int j = 0; j < deliveries.size(); j++) {
                int position = deliveries.get(j);
                int node = history.nodeAt(position);
                if (stamp[node] != m) {
                    stamp[node] = m;
                    firstAt[node] = position;
                    continue;
                }
                int first = firstAt[node];
                String who = history.node(node);
                String msg = history.message(m);
                findings.addAt(position, () -> new Violation(property(),
                        "no duplication violated at " + who + ": it delivered " + Names.told(msg) + " at #" + first
                                + " and again at #" + position,
                        List.of(who), List.of(msg), List.of(first, position)));
            }
        }
        return findings.outcome();
    }
}
