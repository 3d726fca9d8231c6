package herald.order;

import herald.broadcast.ReliableBroadcastLayer;
import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Layer;
import herald.node.OverLayer;
import herald.node.Packet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Causal broadcast with vector clocks: the causal broadcast algorithm of Kleppmann's
 * <em>Concurrent and Distributed Systems</em> notes, section 4 (the waiting causal broadcast of
 * Cachin, Guerraoui and Rodrigues, Algorithm 3.15), over (eager) reliable broadcast.
 *
 * <p>Each message carries {@code deps}: how many messages of each sender its sender had
 * delivered when it broadcast it, counting its own earlier broadcasts. A process delivers a
 * message once it has delivered at least that many from every sender; until then the message
 * waits in a buffer. A process's own messages go through the buffer too, so it delivers them in
 * causal order like everyone else's.
 *
 * <pre>
 * on initialisation:   sendSeq := 0; delivered := ⟨0, 0, …, 0⟩; buffer := {}
 * on request to broadcast m at node Ni:
 *     deps := delivered; deps[i] := sendSeq
 *     send (i, deps, m) via reliable broadcast
 *     sendSeq := sendSeq + 1
 * on receiving msg from reliable broadcast at node Ni:
 *     buffer := buffer ∪ {msg}
 *     while exists (sender, deps, m) in buffer such that deps ≤ delivered do
 *         deliver m to the application
 *         buffer := buffer \ {(sender, deps, m)}
 *         delivered[sender] := delivered[sender] + 1
 * </pre>
 */
public class CausalBroadcast implements OverLayer {

    /** (sender, deps, m): the message carries its sender; deps is indexed like the group. */
    public record Data(List<Integer> deps, Message message) implements Packet {
        public Data {
            deps = List.copyOf(deps);
        }
    }

    protected Context context;
    private ReliableBroadcastLayer rb;
    protected int self;
    protected int sendSeq;
    protected int[] delivered;
    private final List<Data> buffer = new ArrayList<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.rb = new ReliableBroadcastLayer(context, this::rbDeliver);
        this.self = context.nodes().indexOf(context.self());
        this.delivered = new int[context.nodes().size()];
    }

    @Override
    public void onBroadcast(Message m) {
        rb.broadcast(new Data(dependencies(), m));
        sendSeq++;
    }

    /** deps := delivered; deps[i] := sendSeq. */
    protected List<Integer> dependencies() {
        List<Integer> deps = new ArrayList<>();
        for (int d : delivered) {
            deps.add(d);
        }
        deps.set(self, sendSeq);
        return deps;
    }

    private void rbDeliver(NodeId origin, Packet packet) {
        buffer.add((Data) packet);
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Iterator<Data> it = buffer.iterator(); it.hasNext(); ) {
                Data msg = it.next();
                int sender = context.nodes().indexOf(msg.message().origin());
                if (deliverable(sender, msg.deps())) {
                    it.remove();
                    deliver(sender, msg.message());
                    progress = true;
                }
            }
        }
    }

    /** deps ≤ delivered: no entry of deps is larger. */
    protected boolean deliverable(int sender, List<Integer> deps) {
        for (int k = 0; k < delivered.length; k++) {
            if (deps.get(k) > delivered[k]) {
                return false;
            }
        }
        return true;
    }

    /** deliver m to the application; delivered[sender] := delivered[sender] + 1. */
    protected void deliver(int sender, Message m) {
        context.deliver(m);
        delivered[sender]++;
    }

    @Override
    public Layer below() {
        return rb;
    }
}
