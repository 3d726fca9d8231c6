package herald.order;

import herald.history.NodeId;
import herald.link.FifoLinks;
import herald.node.Context;
import herald.node.Message;
import herald.node.Layer;
import herald.node.OverLayer;
import herald.node.Packet;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Total order with Lamport timestamps: the Lamport-clock total order broadcast of Kleppmann's
 * <em>Concurrent and Distributed Systems</em> notes, section 4 (after Lamport, "Time, clocks, and
 * the ordering of events in a distributed system", 1978), over FIFO links built on the lossy
 * network ({@link FifoLinks}).
 *
 * <p>Every message carries its sender's Lamport timestamp; messages are delivered in the order
 * of (timestamp, sender), the same everywhere. The hard part is knowing that no message with a
 * smaller timestamp can still arrive. Links are FIFO and each process's timestamps only grow, so
 * once a process has heard from some q a packet stamped T or later, every message q sends from
 * then on is stamped above T. A process therefore delivers the head of its queue once it has
 * heard a timestamp at least as large from every other process. So that a quiet process does not
 * hold everyone up, each process acknowledges every message it receives, to everyone, with its
 * clock.
 *
 * <p>It assumes no process crashes: a crashed process never speaks again, and everyone waits for
 * it forever.
 *
 * <pre>
 * upon init:                    clock := 0; queue := ∅; latest[q] := 0 for every q
 * upon toBroadcast(m):
 *     clock := clock + 1
 *     queue := queue ∪ {(clock, self, m)}
 *     forall q ≠ self: fifoSend(q, [DATA, clock, m])
 * upon fifoDeliver(p, [DATA, t, m]):
 *     clock := max(clock, t) + 1; latest[p] := t
 *     queue := queue ∪ {(t, p, m)}
 *     forall q ≠ self: fifoSend(q, [ACK, clock])
 * upon fifoDeliver(p, [ACK, t]):
 *     clock := max(clock, t); latest[p] := t
 * upon (t, s, m) = the smallest in queue, and latest[q] ≥ t for every q ≠ self:
 *     queue := queue \ {(t, s, m)}
 *     toDeliver(s, m)
 * </pre>
 */
public class LamportTotalOrder implements OverLayer {

    /** [DATA, t, m]: m, stamped t by its sender. */
    public record Data(long timestamp, Message message) implements Packet {
    }

    /** [ACK, t]: the sender's clock is t: it will never again send anything stamped t or lower. */
    public record Ack(long timestamp) implements Packet {
    }

    /** (t, s, m) in the queue. */
    protected record Stamped(long timestamp, NodeId sender, Message message) {
    }

    private Context context;
    private FifoLinks links;
    private long clock;
    private final PriorityQueue<Stamped> queue = new PriorityQueue<>(this::compare);
    private final Map<NodeId, Long> latest = new HashMap<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.links = new FifoLinks(context, this::fifoDeliver);
    }

    @Override
    public void onBroadcast(Message m) {
        clock++;
        queue.add(new Stamped(clock, context.self(), m));
        sendToOthers(new Data(clock, m));
        deliverReady();
    }

    private void fifoDeliver(NodeId p, Packet packet) {
        if (packet instanceof Data data) {
            clock = Math.max(clock, data.timestamp()) + 1;
            latest.put(p, data.timestamp());
            queue.add(new Stamped(data.timestamp(), p, data.message()));
            sendToOthers(new Ack(clock));
        } else if (packet instanceof Ack ack) {
            clock = Math.max(clock, ack.timestamp());
            latest.put(p, ack.timestamp());
        }
        deliverReady();
    }

    private void deliverReady() {
        while (!queue.isEmpty() && heardFromEveryoneSince(queue.peek().timestamp())) {
            context.deliver(queue.poll().message());
        }
    }

    /** The total order: (t, s) before (t', s') when t < t', or t = t' and s < s' (the tie-break). */
    protected int compare(Stamped a, Stamped b) {
        int byTime = Long.compare(a.timestamp(), b.timestamp());
        return byTime != 0 ? byTime : a.sender().compareTo(b.sender());
    }

    private boolean heardFromEveryoneSince(long t) {
        for (NodeId q : context.nodes()) {
            if (!q.equals(context.self()) && latest.getOrDefault(q, 0L) < t) {
                return false;
            }
        }
        return true;
    }

    private void sendToOthers(Packet packet) {
        for (NodeId q : context.nodes()) {
            if (!q.equals(context.self())) {
                links.send(q, packet);
            }
        }
    }

    @Override
    public Layer below() {
        return links;
    }
}
