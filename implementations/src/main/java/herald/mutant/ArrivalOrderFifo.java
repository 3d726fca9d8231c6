package herald.mutant;

import herald.history.NodeId;
import herald.node.Packet;
import herald.order.FifoBroadcast;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** FIFO broadcast that numbers its messages and then ignores the numbers. */
public final class ArrivalOrderFifo extends FifoBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("fifo-no-holdback", "fifo",
            "FIFO broadcast that delivers each message as it arrives, without the hold-back queue",
            Set.of(Assumption.CRASH_STOP), ArrivalOrderFifo::new, "fifo-order",
            "The sender numbers its messages, but the receiver delivers whatever reliable broadcast hands "
                    + "up, in arrival order. Most runs look right, because most packets arrive in the order "
                    + "they were sent; a lost packet that is retransmitted, a reordering or a slow link lets "
                    + "a later message overtake an earlier one from the same sender, and fifo-order breaks. "
                    + "It is the bug of every application that assumes UDP datagrams, or messages on "
                    + "several connections, arrive in order.");

    /** frbDeliver at once: no pending set, no next[s]. */
    @Override
    protected void rbDeliver(NodeId s, Packet packet) {
        context.deliver(((Data) packet).message());
    }
}
