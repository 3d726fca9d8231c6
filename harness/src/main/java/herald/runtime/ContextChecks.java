package herald.runtime;

import herald.history.NodeId;
import herald.node.Message;
import herald.node.Packet;
import java.util.List;

/**
 * The calls a node's context refuses, in every runtime and in the same words: a null packet or
 * message, a packet to a node outside the group, a timer in the past. Each refusal is an
 * {@link IllegalArgumentException} thrown into the node's handler, so it crashes the node that
 * made the call, with the sentence as its reason.
 */
public final class ContextChecks {

    private ContextChecks() {
    }

    /** {@code packet}, unless it is null; {@code call} names the call, e.g. "send". */
    public static Packet packet(Packet packet, String call) {
        if (packet == null) {
            throw new IllegalArgumentException(call + " of a null packet");
        }
        return packet;
    }

    /** {@code message}, unless it is null. */
    public static Message message(Message message) {
        if (message == null) {
            throw new IllegalArgumentException("deliver of a null message");
        }
        return message;
    }

    /** {@code delayMicros}, unless it is negative. */
    public static long delay(long delayMicros) {
        if (delayMicros < 0) {
            throw new IllegalArgumentException("a timer cannot fire in the past (delay " + delayMicros + ")");
        }
        return delayMicros;
    }

    /**
     * The index of the destination {@code to} in {@code group}, as the runtime found it
     * ({@code index}, null when it is not a member), unless it is not in the group.
     */
    public static int destination(NodeId to, Integer index, List<NodeId> group) {
        if (index == null || index < 0) {
            throw new IllegalArgumentException("send to " + to + ", which is not in the group " + group);
        }
        return index;
    }
}
