package herald.broadcast;

import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.node.Context;
import herald.node.Message;
import herald.node.Layer;
import herald.node.OverLayer;
import herald.node.Packet;
import java.util.HashSet;
import java.util.Set;

/**
 * Eager reliable broadcast: Cachin, Guerraoui and Rodrigues, Algorithm 3.3 "Eager Reliable
 * Broadcast", over perfect links.
 *
 * <p>Every process relays a message the first time it delivers it. If the sender crashes after
 * reaching a single correct process, that process's relay reaches everyone: agreement holds
 * without a failure detector, at the price of N² packets per message.
 *
 * <pre>
 * upon rbBroadcast(m):          bebBroadcast([DATA, self, m])
 * upon bebDeliver(p, [DATA, s, m]):
 *     if m not in delivered:
 *         delivered := delivered ∪ {m}
 *         rbDeliver(s, m)
 *         bebBroadcast([DATA, s, m])
 * </pre>
 */
public class EagerReliableBroadcast implements OverLayer {

    /** [DATA, s, m]: the message carries its origin s. */
    public record Data(Message message) implements Packet {
    }

    protected Context context;
    private PerfectLinks links;
    private final Set<String> delivered = new HashSet<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.links = new PerfectLinks(context, this::bebDeliver);
    }

    @Override
    public void onBroadcast(Message message) {
        bebBroadcast(new Data(message));
    }

    /** upon bebDeliver(p, [DATA, s, m]). */
    protected void bebDeliver(NodeId from, Packet packet) {
        Message m = ((Data) packet).message();
        if (firstTime(m)) {
            context.deliver(m);
            relay(m);
        }
    }

    /** if m not in delivered: delivered := delivered ∪ {m}. */
    protected boolean firstTime(Message m) {
        return delivered.add(m.id());
    }

    /** bebBroadcast([DATA, s, m]) on first receipt: in case s crashed before reaching everyone. */
    protected void relay(Message m) {
        bebBroadcast(new Data(m));
    }

    protected void bebBroadcast(Data data) {
        for (NodeId q : context.nodes()) {
            links.send(q, data);
        }
    }

    @Override
    public Layer below() {
        return links;
    }
}
