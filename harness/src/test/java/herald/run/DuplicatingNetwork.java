package herald.run;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import java.util.SplittableRandom;

/**
 * Wraps a node so that each packet it receives arrives again, with probability {@code p}, after
 * a random delay of up to 30 ms: what a network that duplicates packets does to the node. The
 * copies come from this wrapper's own seeded random numbers, so the node's own stream and the run's
 * determinism are untouched.
 */
final class DuplicatingNetwork implements Node {

    private record Again(NodeId from, Packet packet) {
    }

    private final Node node;
    private final double p;
    private Context context;
    private SplittableRandom random;

    DuplicatingNetwork(Node node, double p) {
        this.node = node;
        this.p = p;
    }

    @Override
    public void init(Context context) {
        this.context = context;
        this.random = new SplittableRandom(context.self().name().hashCode());
        node.init(context);
    }

    @Override
    public void onBroadcast(Message message) {
        node.onBroadcast(message);
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        if (random.nextDouble() < p) {
            context.setTimer(random.nextLong(Context.millis(30)), new Again(from, packet));
        }
        node.onReceive(from, packet);
    }

    @Override
    public void onTimer(Object tag) {
        if (tag instanceof Again again) {
            node.onReceive(again.from(), again.packet());
        } else {
            node.onTimer(tag);
        }
    }

    @Override
    public void onSuspect(NodeId crashed) {
        node.onSuspect(crashed);
    }
}
