package herald.check.broadcast;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.Event;
import herald.history.History;
import herald.history.IntList;
import herald.history.Names;
import herald.history.Payloads;
import java.util.List;

/**
 * No creation: every delivery of {@code m} with origin {@code s} follows a broadcast of
 * {@code m} by {@code s}, with the same data. A delivery breaks it by delivering a message nobody
 * broadcast, delivering it before its broadcast, naming the wrong origin, or carrying other data
 * than its broadcast (data is optional: where either event leaves it out, there is nothing to
 * compare).
 *
 * <p>The origin is what the delivering process claims, so it may name a process outside the
 * group, or be any string at all; the violation then names only the processes of the group, and
 * the sentence says the origin is not one of them.
 */
public final class NoCreation implements Checker {

    @Override
    public boolean safety() {
        return true;
    }

    @Override
    public String property() {
        return "no-creation";
    }

    @Override
    public Outcome check(History history) {
        Findings findings = new Findings(property());
        for (int m = 0; m < history.messageCount(); m++) {
            IntList deliveries = history.deliveriesOf(m);
            if (deliveries.isEmpty()) {
                continue;
            }
            int b = history.broadcastOf(m);
            Event.Broadcast broadcast = b < 0 ? null : (Event.Broadcast) history.event(b);
            for (int j = 0; j < deliveries.size(); j++) {
                int position = deliveries.get(j);
                Event.Deliver delivery = (Event.Deliver) history.event(position);
                if (broadcast != null && b < position && broadcast.node().equals(delivery.origin())
                        && samePayload(broadcast, delivery)) {
                    continue;
                }
                findings.addAt(position, () -> violation(history, delivery, broadcast));
            }
        }
        return findings.outcome();
    }

    /** The same data, or none given by one of them: data is optional, and then there is nothing to compare. */
    private static boolean samePayload(Event.Broadcast b, Event.Deliver d) {
        return Payloads.absent(b.data(), b.value()) || Payloads.absent(d.data(), d.value())
                || Payloads.same(b.data(), b.value(), d.data(), d.value());
    }

    private Violation violation(History history, Event.Deliver d, Event.Broadcast b) {
        String start = "no creation violated at " + d.node() + ": it delivered " + Names.told(d.msg()) + " (#" + d.i()
                + ") from " + Names.told(d.origin()) + (history.nodeIndex(d.origin()) < 0 ? " (not in the group)" : "");
        if (b == null) {
            List<String> nodes = history.nodeIndex(d.origin()) < 0 || d.node().equals(d.origin()) ? List.of(d.node())
                    : List.of(d.node(), d.origin());
            return new Violation(property(), start + ", but nobody broadcast " + Names.told(d.msg()), nodes,
                    List.of(d.msg()), List.of(d.i()));
        }
        String why;
        if (b.i() > d.i()) {
            why = ", before " + b.node() + " broadcast it (#" + b.i() + ")";
        } else if (!b.node().equals(d.origin())) {
            why = ", but " + b.node() + " broadcast it (#" + b.i() + ")";
        } else {
            why = " with data " + Payloads.show(d.data(), d.value()) + ", but " + b.node() + " broadcast it with data "
                    + Payloads.show(b.data(), b.value()) + " (#" + b.i() + ")";
        }
        List<String> nodes = d.node().equals(b.node()) ? List.of(d.node()) : List.of(d.node(), b.node());
        return new Violation(property(), start + why, nodes, List.of(d.msg()), List.of(Math.min(b.i(), d.i()),
                Math.max(b.i(), d.i())));
    }
}
