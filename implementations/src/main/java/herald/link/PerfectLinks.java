package herald.link;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Layer;
import herald.node.Packet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Perfect point-to-point links over fair-loss links: Cachin, Guerraoui and Rodrigues,
 * Algorithms 2.2 "Retransmit Forever" and 2.3 "Eliminate Duplicates", with acknowledgements so
 * that only what is not yet known to have arrived is retransmitted.
 *
 * <ul>
 *   <li><b>Reliable delivery</b>: a packet sent to a correct process is retransmitted every
 *       {@code retransmitAfter} microseconds until that process acknowledges it.
 *   <li><b>No duplication</b>: each packet is handed up at most once, however often it arrives.
 *   <li><b>No creation</b>: only what a process sent is handed up.
 * </ul>
 *
 * <p>A protocol owns one, forwards its {@code onReceive} and {@code onTimer} calls to it (they
 * return true when the packet or timer was the link's), and receives what arrives through the
 * {@link Receiver} it gave.
 */
public final class PerfectLinks implements Layer {

    /** The default retransmission timeout: 20 ms. */
    public static final long RETRANSMIT_AFTER = Context.millis(20);

    /** What the layer above is told when a packet arrives, once per packet. */
    @FunctionalInterface
    public interface Receiver {
        void deliver(NodeId from, Packet payload);
    }

    /** A payload and its sequence number on the link from its sender to its receiver. */
    public record Data(long seq, Packet payload) implements Packet {
    }

    /** The receiver has the packet with this sequence number; stop retransmitting it. */
    public record Ack(long seq) implements Packet {
    }

    /** This instance's retransmission timer; one per instance, so that layers never mix them up. */
    private static final class Tick {
        @Override
        public String toString() {
            return "retransmit";
        }
    }

    private record Key(NodeId to, long seq) {
    }

    /** Both directions of the link with one other process. */
    private static final class Link {
        long nextSeq;
        final SeenSequence seen = new SeenSequence();
    }

    private static final class Outstanding {
        final Data data;
        long sentAt;

        Outstanding(Data data, long sentAt) {
            this.data = data;
            this.sentAt = sentAt;
        }
    }

    private final Context context;
    private final Receiver upper;
    private final long retransmitAfter;
    private final Map<NodeId, Link> links = new HashMap<>();
    private final LinkedHashMap<Key, Outstanding> unacked = new LinkedHashMap<>();
    private final Tick tick = new Tick();
    private boolean ticking;

    public PerfectLinks(Context context, Receiver upper) {
        this(context, upper, RETRANSMIT_AFTER);
    }

    public PerfectLinks(Context context, Receiver upper, long retransmitAfter) {
        this.context = context;
        this.upper = upper;
        this.retransmitAfter = retransmitAfter;
    }

    /** pp2pSend: sends {@code payload} to {@code to}, and again until it is acknowledged. */
    public void send(NodeId to, Packet payload) {
        long seq = link(to).nextSeq++;
        Data data = new Data(seq, payload);
        unacked.put(new Key(to, seq), new Outstanding(data, context.now()));
        context.send(to, data);
        keepTicking();
    }

    /**
     * bebBroadcast, Cachin, Guerraoui and Rodrigues, Algorithm 3.1 "Basic Broadcast": sends
     * {@code payload} over these links to every process of the group, this one included.
     */
    public void broadcast(Packet payload) {
        for (NodeId q : context.nodes()) {
            send(q, payload);
        }
    }

    /** Handles a packet if it belongs to the link; returns false for anyone else's packet. */
    @Override
    public boolean onReceive(NodeId from, Packet packet) {
        if (packet instanceof Data data) {
            context.send(from, new Ack(data.seq()));
            if (link(from).seen.add(data.seq())) {
                upper.deliver(from, data.payload());
            }
            return true;
        }
        if (packet instanceof Ack ack) {
            unacked.remove(new Key(from, ack.seq()));
            return true;
        }
        return false;
    }

    /** Handles the link's retransmission timer; returns false for anyone else's timer. */
    @Override
    public boolean onTimer(Object tag) {
        if (tag != tick) {
            return false;
        }
        ticking = false;
        long now = context.now();
        for (Iterator<Map.Entry<Key, Outstanding>> it = unacked.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Outstanding> entry = it.next();
            Outstanding outstanding = entry.getValue();
            if (now - outstanding.sentAt >= retransmitAfter) {
                outstanding.sentAt = now;
                context.send(entry.getKey().to(), outstanding.data);
            }
        }
        keepTicking();
        return true;
    }

    /** How many packets are sent and not yet acknowledged. */
    public int unacknowledged() {
        return unacked.size();
    }

    private Link link(NodeId other) {
        Link link = links.get(other);
        if (link == null) {
            link = new Link();
            links.put(other, link);
        }
        return link;
    }

    private void keepTicking() {
        if (!ticking && !unacked.isEmpty()) {
            ticking = true;
            context.setTimer(retransmitAfter / 2, tick);
        }
    }
}
