package herald.mutant;

import herald.history.NodeId;
import herald.order.SequencerTotalOrder;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** A sequencer that orders every request it receives, retries included. */
public final class RenumberingSequencer extends SequencerTotalOrder {

    public static final Protocol PROTOCOL = Protocol.mutant("sequencer-to-renumber", "fifo-total",
            "a sequencer that gives a retransmitted request a new number",
            Set.of(Assumption.CRASH_STOP, Assumption.SEQUENCER_CORRECT), RenumberingSequencer::new,
            "no-duplication",
            "Senders retry a request until they see their message ordered, so the sequencer can receive a "
                    + "request twice: when the reply was slow, lost, or the network duplicated the request. "
                    + "This sequencer numbers every request as it arrives, without checking the sender's "
                    + "sequence number, so a retry becomes a second message in the total order and everyone "
                    + "delivers it twice: no-duplication breaks (and FIFO order, when requests overtake each "
                    + "other). It is the duplicate-on-retry problem of message brokers, which Kafka's "
                    + "idempotent producer (KIP-98) solves the way the reference does, with per-producer "
                    + "sequence numbers that the broker checks.");

    /** Orders the request as it comes, where the reference drops what it has seen and waits for gaps. */
    @Override
    protected void sequence(NodeId p, Request request) {
        order(request.message());
    }
}
