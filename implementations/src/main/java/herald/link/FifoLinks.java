package herald.link;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Layer;
import herald.node.Packet;
import java.util.HashMap;
import java.util.Map;

/**
 * FIFO perfect links over the fair-loss network: perfect links (retransmit until acknowledged,
 * deliver once), plus a sequence number per destination and a {@link HoldBack} queue per source,
 * so that each process receives another's packets in the order they were sent: the perfect links
 * of Cachin, Guerraoui and Rodrigues, section 2.4, with FIFO order added the classic way, by
 * numbering.
 *
 * <pre>
 * upon fplSend(q, m):            plSend(q, [sn[q], m]); sn[q] := sn[q] + 1
 * upon plDeliver(p, [n, m]):     hold (n, m) back until every packet numbered below n from p
 *                                has been fplDelivered; then fplDeliver(p, m), and those it freed
 * </pre>
 *
 * <p>Protocols that need FIFO links (Lamport's total order) build them here rather than assume the
 * network provides them: the simulated network, like a real one, reorders packets and may
 * duplicate them.
 */
public final class FifoLinks implements Layer {

    /** A payload and its number among the packets its sender sent this receiver. */
    public record Numbered(long number, Packet payload) implements Packet {
    }

    private final PerfectLinks links;
    private final PerfectLinks.Receiver upper;
    private final Map<NodeId, Long> sent = new HashMap<>();
    private final HoldBack<Packet> received = new HoldBack<>();

    public FifoLinks(Context context, PerfectLinks.Receiver upper) {
        this.links = new PerfectLinks(context, this::plDeliver);
        this.upper = upper;
    }

    /** fplSend: sends {@code payload} to {@code to}, after everything sent to it before. */
    public void send(NodeId to, Packet payload) {
        long number = sent.getOrDefault(to, 0L);
        sent.put(to, number + 1);
        links.send(to, new Numbered(number, payload));
    }

    private void plDeliver(NodeId from, Packet packet) {
        Numbered numbered = (Numbered) packet;
        for (Packet payload : received.add(from, numbered.number(), numbered.payload())) {
            upper.deliver(from, payload);
        }
    }

    /** Handles a packet if it belongs to the links; returns false for anyone else's packet. */
    @Override
    public boolean onReceive(NodeId from, Packet packet) {
        return links.onReceive(from, packet);
    }

    /** Handles the links' retransmission timer; returns false for anyone else's timer. */
    @Override
    public boolean onTimer(Object tag) {
        return links.onTimer(tag);
    }
}
