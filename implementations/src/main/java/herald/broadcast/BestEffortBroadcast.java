package herald.broadcast;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import java.util.HashSet;
import java.util.Set;

/**
 * Best-effort broadcast, straight over the fair-loss network.
 *
 * <p>Cachin, Guerraoui and Rodrigues, Algorithm 3.1 "Basic Broadcast", but with the network's
 * fair-loss links where the book puts perfect links: a packet the network loses is never sent
 * again, so under loss or a partition some correct processes never deliver the message and
 * best-effort validity fails. That is the point of this protocol: it shows why reliability needs
 * retransmission. Fair-loss links may also duplicate, so it remembers what it delivered.
 *
 * <pre>
 * upon bebBroadcast(m):   forall q in Π: send(q, m)
 * upon receive(p, m):     if m not delivered: bebDeliver(p, m)
 * </pre>
 */
public class BestEffortBroadcast implements Node {

    /** The only packet: the message itself. */
    public record Data(Message message) implements Packet {
    }

    private Context context;
    private final Set<String> delivered = new HashSet<>();

    @Override
    public void init(Context context) {
        this.context = context;
    }

    @Override
    public void onBroadcast(Message message) {
        for (NodeId q : context.nodes()) {
            context.send(q, new Data(message));
        }
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        if (packet instanceof Data data && firstTime(data.message())) {
            context.deliver(data.message());
        }
    }

    /** m not delivered yet: fair-loss links may hand over a packet twice. */
    protected boolean firstTime(Message m) {
        return delivered.add(m.id());
    }
}
