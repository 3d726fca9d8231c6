package herald.broadcast;

import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.node.Context;
import herald.node.Layer;
import herald.node.Packet;
import java.util.HashSet;
import java.util.Set;

/**
 * Eager reliable broadcast as a layer that other protocols stack on: Cachin, Guerraoui and
 * Rodrigues, Algorithm 3.3 "Eager Reliable Broadcast", over perfect links, for any payload.
 *
 * <p>FIFO and causal broadcast are built on reliable broadcast in the book, and here: they hand
 * their own packets ({@code [DATA, sn, m]}, {@code [DATA, deps, m]}) to {@link #broadcast} and
 * get each one back, once, through the {@link Receiver} they gave, at every correct process, even
 * when its sender crashed halfway through sending it. {@link EagerReliableBroadcast} is the same
 * algorithm as a protocol of its own, delivering straight to the application.
 *
 * <pre>
 * upon rbBroadcast(m):             bebBroadcast([DATA, self, m])
 * upon bebDeliver(p, [DATA, s, m]):
 *     if m not in delivered:
 *         delivered := delivered ∪ {m}
 *         rbDeliver(s, m)
 *         bebBroadcast([DATA, s, m])
 * </pre>
 */
public final class ReliableBroadcastLayer implements Layer {

    /** What the layer above is told: {@code origin} rbBroadcast {@code payload}. Once per payload. */
    @FunctionalInterface
    public interface Receiver {
        void rbDeliver(NodeId origin, Packet payload);
    }

    /** [DATA, s, m]: the payload, its origin s, and its number among s's broadcasts, which name it. */
    public record Data(NodeId origin, long number, Packet payload) implements Packet {
    }

    private record Id(NodeId origin, long number) {
    }

    private final Context context;
    private final PerfectLinks links;
    private final Receiver upper;
    private final Set<Id> delivered = new HashSet<>();
    private long broadcasts;

    public ReliableBroadcastLayer(Context context, Receiver upper) {
        this.context = context;
        this.upper = upper;
        this.links = new PerfectLinks(context, this::bebDeliver);
    }

    /** rbBroadcast: every correct process will rbDeliver {@code payload}, or none will. */
    public void broadcast(Packet payload) {
        bebBroadcast(new Data(context.self(), broadcasts++, payload));
    }

    private void bebDeliver(NodeId from, Packet packet) {
        Data data = (Data) packet;
        if (delivered.add(new Id(data.origin(), data.number()))) {
            upper.rbDeliver(data.origin(), data.payload());
            bebBroadcast(data);
        }
    }

    private void bebBroadcast(Data data) {
        links.broadcast(data);
    }

    /** Handles a packet if it belongs to the layer; returns false for anyone else's packet. */
    @Override
    public boolean onReceive(NodeId from, Packet packet) {
        return links.onReceive(from, packet);
    }

    /** Handles the layer's retransmission timer; returns false for anyone else's timer. */
    @Override
    public boolean onTimer(Object tag) {
        return links.onTimer(tag);
    }
}
