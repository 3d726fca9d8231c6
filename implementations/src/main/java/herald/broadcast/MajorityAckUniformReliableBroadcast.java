package herald.broadcast;

import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.node.Context;
import herald.node.Message;
import herald.node.Layer;
import herald.node.OverLayer;
import herald.node.Packet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Uniform reliable broadcast without a failure detector: Cachin, Guerraoui and Rodrigues,
 * Algorithm 3.5 "Majority-Ack Uniform Reliable Broadcast", over perfect links.
 *
 * <p>Uniform agreement asks more than agreement: a process that delivers and then crashes may
 * already have acted on the message, so every correct process must deliver it too. Here no
 * process delivers a message before more than half of the processes have relayed it to it. Any
 * majority contains a correct process when a majority stays correct, and that process's relay
 * reaches everyone. If a majority may crash, a process can wait for acknowledgements forever.
 *
 * <pre>
 * upon init:                   delivered := ∅; pending := ∅; ack[m] := ∅ for every m
 * upon urbBroadcast(m):        pending := pending ∪ {(self, m)}; bebBroadcast([DATA, self, m])
 * upon bebDeliver(p, [DATA, s, m]):
 *     ack[m] := ack[m] ∪ {p}
 *     if (s, m) not in pending:
 *         pending := pending ∪ {(s, m)}
 *         bebBroadcast([DATA, s, m])
 * upon exists (s, m) in pending such that candeliver(m) and m not in delivered:
 *     delivered := delivered ∪ {m}
 *     urbDeliver(s, m)
 * candeliver(m) := #(ack[m]) > N/2
 * </pre>
 */
public class MajorityAckUniformReliableBroadcast implements OverLayer {

    /** [DATA, s, m]: the message carries its origin s. */
    public record Data(Message message) implements Packet {
    }

    protected Context context;
    private PerfectLinks links;
    private final Set<String> delivered = new HashSet<>();
    private final Set<String> pending = new HashSet<>();
    private final Map<String, Set<NodeId>> ack = new HashMap<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.links = new PerfectLinks(context, this::bebDeliver);
    }

    @Override
    public void onBroadcast(Message m) {
        pending.add(m.id());
        bebBroadcast(new Data(m));
    }

    private void bebDeliver(NodeId p, Packet packet) {
        Message m = ((Data) packet).message();
        ack.computeIfAbsent(m.id(), id -> new HashSet<>()).add(p);
        if (pending.add(m.id())) {
            bebBroadcast(new Data(m));
        }
        // Only m's acknowledgements changed, so m is the only message that may have become deliverable.
        if (candeliver(m) && delivered.add(m.id())) {
            context.deliver(m);
        }
    }

    /** candeliver(m) := #(ack[m]) > N/2. */
    protected boolean candeliver(Message m) {
        return acknowledgements(m) > context.nodes().size() / 2;
    }

    /** #(ack[m]): how many processes have relayed m to this one. */
    protected int acknowledgements(Message m) {
        return ack.get(m.id()).size();
    }

    private void bebBroadcast(Data data) {
        links.broadcast(data);
    }

    @Override
    public Layer below() {
        return links;
    }
}
