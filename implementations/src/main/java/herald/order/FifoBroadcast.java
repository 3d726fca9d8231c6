package herald.order;

import herald.broadcast.ReliableBroadcastLayer;
import herald.history.NodeId;
import herald.link.HoldBack;
import herald.node.Context;
import herald.node.Message;
import herald.node.Layer;
import herald.node.OverLayer;
import herald.node.Packet;

/**
 * FIFO broadcast: Cachin, Guerraoui and Rodrigues, Algorithm 3.12 "Broadcast with Sequence
 * Number", over (eager) reliable broadcast.
 *
 * <p>Each sender numbers its messages; each process delivers a sender's messages in the order of
 * their numbers, holding back one that arrives before its predecessors. Reliable broadcast
 * underneath makes sure every gap is eventually filled at every correct process, even when the
 * sender crashed.
 *
 * <pre>
 * upon init:                     lsn := 0; pending := ∅; next[p] := 0 for every p
 * upon frbBroadcast(m):          rbBroadcast([DATA, self, m, lsn]); lsn := lsn + 1
 * upon rbDeliver(p, [DATA, s, m, sn]):
 *     pending := pending ∪ {(s, m, sn)}
 *     while exists (s, m', sn') in pending such that sn' = next[s]:
 *         next[s] := next[s] + 1
 *         pending := pending \ {(s, m', sn')}
 *         frbDeliver(s, m')
 * </pre>
 *
 * <p>{@code pending} and {@code next} are the {@link HoldBack} queue.
 */
public class FifoBroadcast implements OverLayer {

    /** [DATA, s, m, sn]: the message (which carries its origin s) and its sequence number. */
    public record Data(Message message, long sn) implements Packet {
    }

    protected Context context;
    private ReliableBroadcastLayer rb;
    private long lsn;
    private final HoldBack<Message> pending = new HoldBack<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.rb = new ReliableBroadcastLayer(context, this::rbDeliver);
    }

    @Override
    public void onBroadcast(Message m) {
        rb.broadcast(new Data(m, lsn));
        lsn++;
    }

    /** upon rbDeliver(p, [DATA, s, m, sn]): hold m back until it is next from s. */
    protected void rbDeliver(NodeId s, Packet packet) {
        Data data = (Data) packet;
        for (Message next : pending.add(s, data.sn(), data.message())) {
            context.deliver(next);
        }
    }

    @Override
    public Layer below() {
        return rb;
    }
}
