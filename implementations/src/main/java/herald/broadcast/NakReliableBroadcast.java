package herald.broadcast;

import herald.history.NodeId;
import herald.link.HoldBack;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reliable broadcast with negative acknowledgements, in the style of SRM (Floyd, Jacobson, Liu,
 * McCanne and Zhang, "A reliable multicast framework for light-weight sessions and application
 * level framing", 1997), straight over the fair-loss network.
 *
 * <p>Positive acknowledgements cost a packet per receiver per message. Here receivers stay silent
 * while all goes well: each sender numbers its messages 0, 1, 2, … and sends each once to
 * everyone; each process delivers a sender's messages in the order of their numbers, holding
 * back one that arrives early, and asks for what it misses. To learn what it misses, even a lost
 * last message, it listens to the others' status: every {@link #STATUS_EVERY} each process tells
 * the others how many messages of each sender it has delivered. A process that hears a status
 * ahead of its own sends a negative acknowledgement, [NAK, s, from, to], to the process that sent
 * it, which sends again every message of s it stores in that range, the whole window. Every
 * process stores every message it delivers, not only its own, so a message that reached one
 * correct process survives its sender's crash; it discards a message once every process's status
 * shows it delivered it (the message is stable).
 *
 * <p>Delivery in the order of the numbers makes it a FIFO broadcast, and the status it gossips
 * gives agreement: a correct process that delivered m keeps telling the others until each has it.
 * {@link #transmit} sends a packet to every other process one by one; over IP multicast it is one
 * packet, and the rest is the same.
 *
 * <pre>
 * upon init:        sn := 0; store := ∅; heard[q] := (0, …, 0) for every q
 * upon rbBroadcast(m):
 *     receive(self, [DATA, sn, m]); forall q ≠ self: send(q, [DATA, sn, m]); sn := sn + 1
 * upon receive(p, [DATA, n, m]), s the origin of m:
 *     hold (n, m) back until every message of s numbered below n is delivered; then, for it and
 *     each one it frees, in order: store := store ∪ {(s, n, m)}; rbDeliver(s, m)
 * every STATUS_EVERY:  forall q ≠ self: send(q, [STATUS, next]), next[s] = how many of s's delivered
 * upon receive(p, [STATUS, v]):
 *     heard[p] := v
 *     forall s such that v[s] > next[s]: send(p, [NAK, s, next[s], v[s]])
 *     store := store \ {(s, n, m) : n < heard[q][s] for every q ≠ self}
 * upon receive(p, [NAK, s, from, to]):
 *     forall (s, n, m) in store with from ≤ n < to: send(p, [DATA, n, m])
 * </pre>
 */
public class NakReliableBroadcast implements Node {

    /** How often a process tells the others what it has delivered: every 50 ms. */
    public static final long STATUS_EVERY = Context.millis(50);

    /** [DATA, n, m]: message number n of m's origin. */
    public record Data(long n, Message message) implements Packet {
    }

    /** [STATUS, next]: how many messages of each process, in group order, the sender has delivered. */
    public record Status(List<Long> next) implements Packet {
        public Status {
            next = List.copyOf(next);
        }
    }

    /** [NAK, s, from, to]: please send again the messages of s numbered from {@code from} up to {@code to}. */
    public record Nak(NodeId origin, long from, long to) implements Packet {
    }

    /** The status timer. */
    private record StatusTick() {
    }

    protected Context context;
    private long sn;
    private final HoldBack<Data> received = new HoldBack<>();
    private final Map<NodeId, TreeMap<Long, Message>> store = new HashMap<>();
    private final Map<NodeId, List<Long>> heard = new HashMap<>();

    @Override
    public void init(Context context) {
        this.context = context;
        context.setTimer(STATUS_EVERY, new StatusTick());
    }

    @Override
    public void onBroadcast(Message m) {
        Data data = new Data(sn, m);
        receive(data);
        transmit(data);
        sn++;
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        if (packet instanceof Data data) {
            receive(data);
        } else if (packet instanceof Status status) {
            receiveStatus(from, status);
        } else if (packet instanceof Nak nak) {
            repair(from, nak);
        }
    }

    @Override
    public void onTimer(Object tag) {
        if (tag instanceof StatusTick) {
            transmit(new Status(next()));
            context.setTimer(STATUS_EVERY, tag);
        }
    }

    /** upon receive(p, [DATA, n, m]): keep and deliver, in order, what the gate lets through. */
    protected void receive(Data data) {
        for (Data ready : gate(data)) {
            keep(ready.message().origin(), ready.n(), ready.message());
            context.deliver(ready.message());
        }
    }

    /**
     * The hold-back gate: the messages of m's origin that are now next in line, in order; none
     * while an earlier one is missing, none for a message delivered before.
     */
    protected List<Data> gate(Data data) {
        return received.add(data.message().origin(), data.n(), data);
    }

    /** store := store ∪ {(s, n, m)}: what repairs are made of. */
    protected void keep(NodeId s, long n, Message m) {
        stored(s).put(n, m);
    }

    /** The messages of {@code s} this process still stores, by number. */
    protected TreeMap<Long, Message> stored(NodeId s) {
        return store.computeIfAbsent(s, x -> new TreeMap<>());
    }

    private void receiveStatus(NodeId p, Status status) {
        heard.put(p, status.next());
        List<NodeId> group = context.nodes();
        for (int k = 0; k < group.size(); k++) {
            long next = received.next(group.get(k));
            if (status.next().get(k) > next) {
                context.send(p, new Nak(group.get(k), next, status.next().get(k)));
            }
        }
        discardStable();
    }

    /** A message every other process has delivered is needed by nobody. */
    private void discardStable() {
        List<NodeId> group = context.nodes();
        for (int k = 0; k < group.size(); k++) {
            long stable = Long.MAX_VALUE;
            for (NodeId q : group) {
                if (!q.equals(context.self())) {
                    List<Long> v = heard.get(q);
                    stable = Math.min(stable, v == null ? 0 : v.get(k));
                }
            }
            stored(group.get(k)).headMap(stable).clear();
        }
    }

    private void repair(NodeId p, Nak nak) {
        for (Map.Entry<Long, Message> entry : stored(nak.origin()).subMap(nak.from(), nak.to()).entrySet()) {
            context.send(p, new Data(entry.getKey(), entry.getValue()));
        }
    }

    /** next: how many messages of each process, in group order, this process has delivered. */
    private List<Long> next() {
        List<Long> next = new ArrayList<>();
        for (NodeId q : context.nodes()) {
            next.add(received.next(q));
        }
        return next;
    }

    /** Sends {@code packet} once to every other process: N − 1 packets here, one over IP multicast. */
    protected void transmit(Packet packet) {
        for (NodeId q : context.nodes()) {
            if (!q.equals(context.self())) {
                context.send(q, packet);
            }
        }
    }
}
