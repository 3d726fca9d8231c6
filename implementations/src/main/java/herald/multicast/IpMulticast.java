package herald.multicast;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Multicast;
import herald.node.Packet;
import java.util.HashSet;
import java.util.Set;

/**
 * Best-effort broadcast by IP multicast: one datagram to the group per message, nothing more.
 *
 * <p>This is what a UDP multicast socket gives an application (Stevens, <em>UNIX Network
 * Programming</em>, vol. 1, ch. 21). The network copies the datagram to every member; a copy that
 * is lost is never sent again, and nobody knows it was lost: under packet loss some correct
 * members never deliver the message, and best-effort validity fails. That is the lesson: IP
 * multicast is efficient (one send, whatever the group's size) and guarantees nothing.
 *
 * <pre>
 * upon broadcast(m):     multicast(group, m)
 * upon receive(p, m):    if m not delivered: deliver(m)
 * </pre>
 */
public final class IpMulticast implements Multicast.Member {

    /** The datagram: the message itself. */
    public record Data(Message message) implements Packet {
    }

    private Multicast group;
    private Context context;
    private final Set<String> delivered = new HashSet<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.group = Multicast.of(context);
    }

    @Override
    public void onBroadcast(Message message) {
        group.multicast(new Data(message));
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        // The network may duplicate a datagram: deliver each message once.
        if (packet instanceof Data data && delivered.add(data.message().id())) {
            context.deliver(data.message());
        }
    }
}
