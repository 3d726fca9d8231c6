package herald.mutant;

import herald.order.SkeenTotalOrder;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Iterator;
import java.util.Set;

/** Skeen's total order that delivers a message as soon as its priority is final. */
public final class HastySkeen extends SkeenTotalOrder {

    public static final Protocol PROTOCOL = Protocol.mutant("skeen-to-hasty", "total",
            "Skeen total order that delivers as soon as a final priority is known, past undecided messages",
            Set.of(Assumption.CRASH_STOP, Assumption.NO_CRASH), HastySkeen::new, "total-order",
            "A final priority is final, so why wait? Because a message still undecided ahead of it in the "
                    + "queue may yet be given a final priority below it: its final priority is the largest "
                    + "proposal, and the proposals are not all in. This process delivers every message whose "
                    + "priority is final, skipping undecided ones ahead of it; another process, where the "
                    + "undecided message was decided first, delivers the two the other way round. Two "
                    + "concurrent broadcasts and a little delay break total-order, no crash needed.");

    /** Delivers every deliverable entry in priority order, skipping the undeliverable ones ahead. */
    @Override
    protected void deliverReady() {
        for (Iterator<Entry> it = queue.values().iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (entry.deliverable()) {
                it.remove();
                context.deliver(entry.message());
            }
        }
    }
}
