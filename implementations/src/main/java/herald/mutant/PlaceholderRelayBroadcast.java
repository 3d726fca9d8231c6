package herald.mutant;

import herald.broadcast.EagerReliableBroadcast;
import herald.node.Message;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** Eager reliable broadcast whose relays carry a stub naming the message instead of the message. */
public final class PlaceholderRelayBroadcast extends EagerReliableBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("eager-rb-placeholder", "reliable",
            "eager reliable broadcast that relays a placeholder instead of the payload",
            Set.of(Assumption.CRASH_STOP), PlaceholderRelayBroadcast::new, "no-creation",
            "To save bandwidth the relay forwards a stub, the message's id in angle brackets, where the "
                    + "payload should be; the receiver, knowing the id, takes it for the message. A process "
                    + "that hears of a message from its origin first is fine; one that hears of it first "
                    + "from a relay (the origin's packet was lost, partitioned away or slowed) delivers the "
                    + "stub, data nobody broadcast: no-creation breaks. The same shape of bug is a relay that "
                    + "truncates or re-encodes the payload on its way.");

    /** bebBroadcast([DATA, s, stub]): the id where the payload should be. */
    @Override
    protected void relay(Message m) {
        bebBroadcast(new Data(new Message(m.id(), m.origin(), "<" + m.id() + ">")));
    }
}
