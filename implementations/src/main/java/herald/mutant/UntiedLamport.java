package herald.mutant;

import herald.order.LamportTotalOrder;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** Lamport total order that orders by timestamp alone, leaving ties to the queue. */
public final class UntiedLamport extends LamportTotalOrder {

    public static final Protocol PROTOCOL = Protocol.mutant("lamport-to-no-tiebreak", "fifo-total",
            "Lamport total order without the node-id tie-break",
            Set.of(Assumption.CRASH_STOP, Assumption.NO_CRASH), UntiedLamport::new, "total-order",
            "Lamport timestamps order events only partially: two processes that broadcast before hearing "
                    + "from each other can stamp their messages with the same number. Lamport's 1978 paper "
                    + "breaks such ties by process id, which is what makes the order total; this queue "
                    + "compares timestamps only, so equal ones come out in whatever order each process's "
                    + "queue happens to hold them, typically its own message first. Two concurrent broadcasts "
                    + "suffice, no fault needed: total-order breaks.");

    /** t before t': no tie-break, where the book compares (t, s). */
    @Override
    protected int compare(Stamped a, Stamped b) {
        return Long.compare(a.timestamp(), b.timestamp());
    }
}
