package herald.order;

import herald.history.NodeId;
import herald.link.HoldBack;
import herald.link.PerfectLinks;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Total order through a fixed sequencer: the single-leader FIFO-total order broadcast of
 * Kleppmann's <em>Concurrent and Distributed Systems</em> notes, section 4 (the "fixed
 * sequencer" of Défago, Schiper and Urbán's survey of total order broadcast, 2004).
 *
 * <p>To broadcast, a process sends its message to the sequencer, the first process of the group.
 * The sequencer numbers the messages as they come, 0, 1, 2, …, and sends each, with its number,
 * to everyone over perfect links; everyone delivers in the order of the numbers. Requests carry
 * their sender's own sequence number and the sequencer takes each sender's requests in that
 * order, so the total order also keeps every sender's FIFO order.
 *
 * <p>A request is sent end to end, at least once: its sender sends it again every
 * {@link #RETRY_AFTER} until the message comes back ordered. So the sequencer may receive a
 * request twice, and must recognise the second copy by its sender's number and drop it, as a
 * broker with idempotent producers does; the hold-back queue of requests does exactly that.
 *
 * <p>It assumes the sequencer never crashes: nothing replaces it, so after its crash nobody
 * delivers anything again. Other processes may crash.
 *
 * <pre>
 * upon init:                 sequencer := first process of Π; lsn := 0; gsn := 0; unordered := ∅
 * upon toBroadcast(m):       unordered := unordered ∪ {(lsn, m)}; send(sequencer, [REQUEST, lsn, m])
 *                            lsn := lsn + 1
 * every RETRY_AFTER:         forall (sn, m) in unordered: send(sequencer, [REQUEST, sn, m])
 * upon receive(p, [REQUEST, sn, m]) at the sequencer, once per sn, in the order of p's sn:
 *     forall q in Π: plSend(q, [ORDER, gsn, m])
 *     gsn := gsn + 1
 * upon plDeliver(sequencer, [ORDER, n, m]):
 *     unordered := unordered \ {(·, m)}
 *     in the order of n: toDeliver(m)
 * </pre>
 */
public class SequencerTotalOrder implements Node {

    /** How long a sender waits for its message to come back ordered before asking again: 20 ms. */
    public static final long RETRY_AFTER = Context.millis(20);

    /** [REQUEST, sn, m]: please order m, the sender's message number sn. */
    public record Request(long sn, Message message) implements Packet {
    }

    /** [ORDER, n, m]: m is message number n of the total order. */
    public record Order(long n, Message message) implements Packet {
    }

    /** The timer that sends unordered requests again. */
    private record Retry() {
    }

    protected Context context;
    private PerfectLinks links;
    private NodeId sequencer;
    private long lsn;
    private long gsn;
    private boolean retrying;
    private final Map<String, Request> unordered = new LinkedHashMap<>();
    private final HoldBack<Message> requests = new HoldBack<>();
    private final HoldBack<Message> orders = new HoldBack<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.links = new PerfectLinks(context, this::plDeliver);
        this.sequencer = context.nodes().get(0);
    }

    @Override
    public void onBroadcast(Message m) {
        Request request = new Request(lsn, m);
        unordered.put(m.id(), request);
        context.send(sequencer, request);
        lsn++;
        keepRetrying();
    }

    private void keepRetrying() {
        if (!retrying && !unordered.isEmpty()) {
            retrying = true;
            context.setTimer(RETRY_AFTER, new Retry());
        }
    }

    /**
     * At the sequencer: orders p's requests in the order of their numbers, each once. The
     * hold-back queue drops a request it has seen, the copy a retry sends.
     */
    protected void sequence(NodeId p, Request request) {
        for (Message m : requests.add(p, request.sn(), request.message())) {
            order(m);
        }
    }

    /** forall q in Π: plSend(q, [ORDER, gsn, m]); gsn := gsn + 1. */
    protected void order(Message m) {
        links.broadcast(new Order(gsn, m));
        gsn++;
    }

    private void plDeliver(NodeId p, Packet packet) {
        Order order = (Order) packet;
        unordered.remove(order.message().id());
        for (Message m : orders.add(p, order.n(), order.message())) {
            context.deliver(m);
        }
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        if (packet instanceof Request request) {
            if (context.self().equals(sequencer)) {
                sequence(from, request);
            }
        } else {
            links.onReceive(from, packet);
        }
    }

    @Override
    public void onTimer(Object tag) {
        if (tag instanceof Retry) {
            retrying = false;
            for (Request request : unordered.values()) {
                context.send(sequencer, request);
            }
            keepRetrying();
        } else {
            links.onTimer(tag);
        }
    }
}
