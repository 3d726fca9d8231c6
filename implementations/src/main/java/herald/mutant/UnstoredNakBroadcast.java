package herald.mutant;

import herald.broadcast.NakReliableBroadcast;
import herald.history.NodeId;
import herald.node.Message;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/**
 * Negative-acknowledgement broadcast whose sender keeps at most {@link #BUFFER} of its own unstable
 * messages for repairs, and numbers and sends a message it has no room to keep.
 */
public final class UnstoredNakBroadcast extends NakReliableBroadcast {

    /** The send buffer: how many of its own not yet stable messages the sender keeps. */
    public static final int BUFFER = 2;

    public static final Protocol PROTOCOL = Protocol.mutant("nak-rb-unstored", "fifo",
            "NAK broadcast whose sender, when its send buffer is full, sends a numbered message without keeping it",
            Set.of(Assumption.CRASH_STOP), UnstoredNakBroadcast::new, "agreement",
            "The sender's buffer for repairs holds two messages not yet stable; when it is full, the next "
                    + "message still takes its sequence number and goes out once, but is not kept. It fills "
                    + "only when the others fall behind, in a partition or under heavy loss; if that one "
                    + "transmission then reaches nobody, every receiver sees the gap, asks for it, and "
                    + "nobody has it: the gap can never be filled, so that message and every later one from "
                    + "the same sender are never delivered elsewhere, though the sender delivered them "
                    + "(agreement breaks). The fix is to take the number only once the message has a place in "
                    + "the buffer, and to make the application wait otherwise. PGM (RFC 3208) names the "
                    + "symptom: a receiver NAKs data the source's transmit window no longer holds and must "
                    + "report unrecoverable data loss.");

    /** The reference keeps every message; this sender gives up on its own once the buffer is full. */
    @Override
    protected void keep(NodeId s, long n, Message m) {
        if (s.equals(context.self()) && stored(s).size() >= BUFFER) {
            return;
        }
        super.keep(s, n, m);
    }
}
