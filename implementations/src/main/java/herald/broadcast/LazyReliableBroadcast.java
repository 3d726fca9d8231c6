package herald.broadcast;

import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.node.Context;
import herald.node.Message;
import herald.node.Layer;
import herald.node.OverLayer;
import herald.node.Packet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lazy reliable broadcast: Cachin, Guerraoui and Rodrigues, Algorithm 3.2 "Lazy Reliable
 * Broadcast", over perfect links, with the perfect failure detector the runtime provides.
 *
 * <p>Eager reliable broadcast relays every message, in case its sender crashed; this one relays
 * only when it must. Each process remembers what it delivered from whom, and relays a sender's
 * messages only once the failure detector says that sender crashed (or at once, for a message that
 * arrives from a sender already known to have crashed). Without crashes it costs N packets per
 * message instead of N². It is only as good as its detector: a perfect one never suspects a live
 * process and eventually suspects every crashed one.
 *
 * <pre>
 * upon init:                  correct := Π; from[p] := ∅ for every p
 * upon rbBroadcast(m):        bebBroadcast([DATA, self, m])
 * upon bebDeliver(p, [DATA, s, m]):
 *     if m not in from[s]:
 *         rbDeliver(s, m)
 *         from[s] := from[s] ∪ {m}
 *         if s not in correct: bebBroadcast([DATA, s, m])
 * upon crash(p):
 *     correct := correct \ {p}
 *     forall m in from[p]: bebBroadcast([DATA, p, m])
 * </pre>
 */
public final class LazyReliableBroadcast implements OverLayer {

    /** [DATA, s, m]: the message carries its origin s. */
    public record Data(Message message) implements Packet {
    }

    private Context context;
    private PerfectLinks links;
    private final Set<NodeId> correct = new HashSet<>();
    private final Map<NodeId, List<Message>> from = new HashMap<>();
    private final Set<String> delivered = new HashSet<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.links = new PerfectLinks(context, this::bebDeliver);
        correct.addAll(context.nodes());
    }

    @Override
    public void onBroadcast(Message message) {
        bebBroadcast(new Data(message));
    }

    private void bebDeliver(NodeId p, Packet packet) {
        Message m = ((Data) packet).message();
        NodeId s = m.origin();
        if (delivered.add(m.id())) {
            context.deliver(m);
            from.computeIfAbsent(s, x -> new ArrayList<>()).add(m);
            if (!correct.contains(s)) {
                bebBroadcast(new Data(m));
            }
        }
    }

    /** The perfect failure detector's "crash(p)". */
    @Override
    public void onSuspect(NodeId p) {
        correct.remove(p);
        for (Message m : from.getOrDefault(p, List.of())) {
            bebBroadcast(new Data(m));
        }
    }

    private void bebBroadcast(Data data) {
        links.broadcast(data);
    }

    @Override
    public Layer below() {
        return links;
    }
}
