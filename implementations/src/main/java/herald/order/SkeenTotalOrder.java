package herald.order;

import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.node.Context;
import herald.node.Message;
import herald.node.Layer;
import herald.node.OverLayer;
import herald.node.Packet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Total order by agreed priorities: Skeen's algorithm, as ISIS's ABCAST used it (Birman and
 * Joseph, "Reliable communication in the presence of failures", 1987; the "destinations
 * agreement" class of Défago, Schiper and Urbán's survey of total order broadcast, 2004), over
 * perfect links.
 *
 * <p>The sender sends its message to everyone. Each process proposes a priority for it, larger
 * than any it has proposed or seen agreed, and queues the message as undeliverable with that
 * priority. The sender takes the largest proposal as the final priority and tells everyone, who
 * requeue the message with it, now deliverable. A process delivers the head of its queue once
 * the head is deliverable: every message still undeliverable has a proposed priority above it,
 * and its final priority, the largest proposal, can only be larger still. Priorities are pairs
 * (number, proposer), so no two messages ever share one.
 *
 * <p>It assumes no process crashes: the sender waits for every proposal, and a message whose
 * sender crashed before fixing its priority blocks every queue it is in.
 *
 * <pre>
 * upon init:                   clock := 1; queue := ∅
 * upon toBroadcast(m):         forall q in Π: plSend(q, [MESSAGE, m]); proposals[m] := ∅
 * upon plDeliver(p, [MESSAGE, m]):
 *     queue := queue ∪ {(m, (clock, self), undeliverable)}
 *     plSend(p, [PROPOSE, m, (clock, self)])
 *     clock := clock + 1
 * upon plDeliver(q, [PROPOSE, m, pr]):
 *     proposals[m] := proposals[m] ∪ {(q, pr)}
 *     if #proposals[m] = N: forall q in Π: plSend(q, [FINAL, m, max of proposals[m]])
 * upon plDeliver(p, [FINAL, m, pr]):
 *     replace m's entry in queue by (m, pr, deliverable)
 *     clock := max(clock, pr.number + 1)
 * upon the entry with the smallest priority in queue is deliverable:
 *     remove it from queue; toDeliver(m)
 * </pre>
 */
public class SkeenTotalOrder implements OverLayer {

    /** A priority: compared by number, then by the process that proposed it. */
    public record Priority(long number, NodeId proposer) implements Comparable<Priority> {
        private static final Comparator<Priority> ORDER =
                Comparator.comparingLong(Priority::number).thenComparing(Priority::proposer);

        @Override
        public int compareTo(Priority other) {
            return ORDER.compare(this, other);
        }
    }

    /** [MESSAGE, m]: please propose a priority for m. */
    public record Propose(Message message) implements Packet {
    }

    /** [PROPOSE, m, pr]: the proposer's priority for the message with id {@code id}. */
    public record Proposal(String id, Priority priority) implements Packet {
    }

    /** [FINAL, m, pr]: the agreed priority of the message with id {@code id}. */
    public record Final(String id, Priority priority) implements Packet {
    }

    /** (m, pr, deliverable?) in the queue. */
    protected static final class Entry {
        final Message message;
        Priority priority;
        boolean deliverable;

        Entry(Message message, Priority priority) {
            this.message = message;
            this.priority = priority;
        }

        public Message message() {
            return message;
        }

        /** Whether its priority is final. */
        public boolean deliverable() {
            return deliverable;
        }
    }

    protected Context context;
    private PerfectLinks links;
    protected long clock = 1;
    protected final TreeMap<Priority, Entry> queue = new TreeMap<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Map<NodeId, Priority>> proposals = new HashMap<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.links = new PerfectLinks(context, this::plDeliver);
    }

    @Override
    public void onBroadcast(Message m) {
        proposals.put(m.id(), new HashMap<>());
        links.broadcast(new Propose(m));
    }

    private void plDeliver(NodeId p, Packet packet) {
        if (packet instanceof Propose propose) {
            Priority mine = new Priority(clock, context.self());
            Entry entry = new Entry(propose.message(), mine);
            entries.put(propose.message().id(), entry);
            queue.put(mine, entry);
            links.send(p, new Proposal(propose.message().id(), mine));
            clock++;
        } else if (packet instanceof Proposal proposal) {
            Map<NodeId, Priority> received = proposals.get(proposal.id());
            received.put(p, proposal.priority());
            if (received.size() == context.nodes().size()) {
                Priority agreed = received.values().stream().max(Comparator.naturalOrder()).orElseThrow();
                proposals.remove(proposal.id());
                links.broadcast(new Final(proposal.id(), agreed));
            }
        } else if (packet instanceof Final fin) {
            Entry entry = entries.remove(fin.id());
            queue.remove(entry.priority);
            entry.priority = fin.priority();
            entry.deliverable = true;
            queue.put(entry.priority, entry);
            adopt(fin.priority());
            deliverReady();
        }
    }

    /** clock := max(clock, pr.number + 1): every later proposal is past the agreed priority. */
    protected void adopt(Priority agreed) {
        clock = Math.max(clock, agreed.number() + 1);
    }

    /** Delivers the head of the queue while it is deliverable. */
    protected void deliverReady() {
        while (!queue.isEmpty() && queue.firstEntry().getValue().deliverable) {
            context.deliver(queue.pollFirstEntry().getValue().message);
        }
    }

    @Override
    public Layer below() {
        return links;
    }
}
