package herald.check.order;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
import herald.history.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * FIFO order: if a process broadcast {@code m1} before {@code m2}, no process delivers
 * {@code m2} unless it has already delivered {@code m1}.
 *
 * <p>One violation per first delivery of a message whose sender's earlier broadcasts the process
 * has not all delivered yet; the sentence names the first one missing, and says whether the
 * process delivered it later or never.
 */
public final class FifoOrder implements Checker {

    @Override
    public boolean safety() {
        return true;
    }

    @Override
    public String property() {
        return "fifo-order";
    }

    @Override
    public Outcome check(History history) {
        Findings findings = new Findings(property());
        Broadcasts broadcasts = new Broadcasts(history);
        DeliveredPrefixes delivered = new DeliveredPrefixes(broadcasts, history.nodeCount());
        for (int i = 0; i < history.size(); i++) {
            int m = history.messageAt(i);
            if (m < 0 || history.broadcastOf(m) == i) {
                continue;
            }
            int p = history.nodeAt(i);
            if (delivered.has(p, m)) {
                continue;
            }
            int s = broadcasts.sender(m);
            if (s >= 0 && delivered.prefix(p, s) < broadcasts.rank(m)) {
                int missing = broadcasts.message(s, delivered.prefix(p, s));
                int at = i;
                findings.add(() -> violation(history, p, missing, m, at));
            }
            delivered.add(p, m);
        }
        return findings.outcome();
    }

    private Violation violation(History history, int p, int m1, int m2, int at) {
        String who = history.node(p);
        String sender = history.node(history.nodeAt(history.broadcastOf(m1)));
        int b1 = history.broadcastOf(m1);
        int b2 = history.broadcastOf(m2);
        int later = Deliveries.after(history, p, m1, at);
        TreeSet<Integer> events = new TreeSet<>(List.of(b1, b2, at));
        if (later >= 0) {
            events.add(later);
        }
        String first = Names.told(history.message(m1));
        String second = Names.told(history.message(m2));
        String sentence = "fifo order violated at " + who + ": " + sender + " broadcast " + first
                + " (#" + b1 + ") before " + second + " (#" + b2 + "); " + who + " delivered "
                + second + " (#" + at + ") and had not delivered " + first + " ("
                + Deliveries.laterOrNever(later) + ")";
        List<String> nodes = who.equals(sender) ? List.of(who) : List.of(who, sender);
        return new Violation(property(), sentence, nodes, List.of(history.message(m1), history.message(m2)),
                new ArrayList<>(events));
    }
}
