package herald.mutant;

import herald.broadcast.EagerReliableBroadcast;
import herald.history.NodeId;
import herald.node.Message;
import herald.node.Packet;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** Eager reliable broadcast that checks "m not in delivered" before relaying, but not before delivering. */
public final class DuplicatingReliableBroadcast extends EagerReliableBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("eager-rb-no-dedup", "reliable",
            "eager reliable broadcast that delivers every copy it receives, relaying only the first",
            Set.of(Assumption.CRASH_STOP), DuplicatingReliableBroadcast::new, "no-duplication",
            "The set of delivered messages guards only the relay: the author reasoned that perfect links "
                    + "never hand over a packet twice, which is true of one link. But every process relays, "
                    + "so a message reaches each process once from its origin and once more from every "
                    + "relay, and each copy is delivered: no-duplication breaks in any run of two processes "
                    + "or more, with or without duplicated packets. It is the at-least-once delivery that "
                    + "message queues document and consumers forget: every redelivery needs an idempotent "
                    + "receiver.");

    /** rbDeliver every copy; only the relay is guarded. */
    @Override
    protected void bebDeliver(NodeId from, Packet packet) {
        Message m = ((Data) packet).message();
        context.deliver(m);
        if (firstTime(m)) {
            relay(m);
        }
    }
}
