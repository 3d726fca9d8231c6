package herald.order;

import herald.history.NodeId;
import herald.link.HoldBack;
import herald.link.PerfectLinks;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;

/**
 * Total order through a fixed sequencer: the single-leader FIFO-total order broadcast of
 * Kleppmann's <em>Concurrent and Distributed Systems</em> notes, section 4 (the "fixed
 * sequencer" of Défago, Schiper and Urbán's survey of total order broadcast, 2004), over perfect
 * links.
 *
 * <p>To broadcast, a process sends its message to the sequencer, the first process of the group.
 * The sequencer numbers the messages as they come, 0, 1, 2, …, and sends each, with its number,
 * to everyone; everyone delivers in the order of the numbers. Requests carry their sender's own
 * sequence number and the sequencer takes each sender's requests in that order, so the total
 * order also keeps every sender's FIFO order.
 *
 * <p>It assumes the sequencer never crashes: nothing replaces it, so after its crash nobody
 * delivers anything again. Other processes may crash.
 *
 * <pre>
 * upon init:                 sequencer := first process of Π; lsn := 0; gsn := 0
 * upon toBroadcast(m):       plSend(sequencer, [REQUEST, lsn, m]); lsn := lsn + 1
 * upon plDeliver(p, [REQUEST, sn, m]) at the sequencer, in the order of p's sn:
 *     forall q in Π: plSend(q, [ORDER, gsn, m])
 *     gsn := gsn + 1
 * upon plDeliver(sequencer, [ORDER, n, m]), in the order of n:
 *     toDeliver(m)
 * </pre>
 */
public final class SequencerTotalOrder implements Node {

    /** [REQUEST, sn, m]: please order m, the sender's message number sn. */
    public record Request(long sn, Message message) implements Packet {
    }

    /** [ORDER, n, m]: m is message number n of the total order. */
    public record Order(long n, Message message) implements Packet {
    }

    private Context context;
    private PerfectLinks links;
    private NodeId sequencer;
    private long lsn;
    private long gsn;
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
        links.send(sequencer, new Request(lsn, m));
        lsn++;
    }

    private void plDeliver(NodeId p, Packet packet) {
        if (packet instanceof Request request && context.self().equals(sequencer)) {
            for (Message m : requests.add(p, request.sn(), request.message())) {
                links.broadcast(new Order(gsn, m));
                gsn++;
            }
        } else if (packet instanceof Order order) {
            for (Message m : orders.add(p, order.n(), order.message())) {
                context.deliver(m);
            }
        }
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        links.onReceive(from, packet);
    }

    @Override
    public void onTimer(Object tag) {
        links.onTimer(tag);
    }
}
