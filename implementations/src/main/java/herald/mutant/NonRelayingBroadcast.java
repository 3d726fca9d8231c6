package herald.mutant;

import herald.broadcast.EagerReliableBroadcast;
import herald.node.Message;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** Eager reliable broadcast that never relays: best-effort broadcast over perfect links, in disguise. */
public final class NonRelayingBroadcast extends EagerReliableBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("eager-rb-no-relay", "reliable",
            "eager reliable broadcast that does not relay what it delivers",
            Set.of(Assumption.CRASH_STOP), NonRelayingBroadcast::new, "agreement",
            "Relaying looks redundant: perfect links already retransmit until every packet is acknowledged. "
                    + "They do, as long as the sender lives. When the origin crashes after its packet reached "
                    + "one process but before it reached another (a partition or a lost packet in between), "
                    + "nobody else sends it, and the correct processes disagree forever: agreement breaks. "
                    + "Without crashes every run is correct, which is why such a protocol passes every "
                    + "test that does not crash a sender mid-broadcast.");

    /** Does nothing: the step that made agreement survive the origin's crash. */
    @Override
    protected void relay(Message m) {
    }
}
