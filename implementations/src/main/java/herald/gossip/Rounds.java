package herald.gossip;

import herald.history.NodeId;
import herald.node.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * One gossip node's round clock and its choice of peers. Every node starts its clock when it is
 * initialised, at time 0 in a simulated run, so rounds begin at the same instants everywhere:
 * the synchronous rounds of the classic analyses.
 */
final class Rounds {

    /** The timer's tag: one object per node, so that no other timer is mistaken for it. */
    private final Object tick = new Object();
    private final Context context;
    private final long period;
    private final Graph graph;
    private final int self;
    private final int fanout;

    /** Lays the topology over the group and sets the first round's timer. */
    Rounds(Context context, GossipParameters parameters) {
        this.context = context;
        this.period = parameters.period();
        this.graph = parameters.topology().graph(context.nodes());
        this.self = graph.indexOf(context.self());
        this.fanout = parameters.fanout();
        context.setTimer(period, tick);
    }

    /** True when {@code tag} is this clock's: a new round begins, and the next one is timed. */
    boolean begins(Object tag) {
        if (tag != tick) {
            return false;
        }
        context.setTimer(period, tick);
        return true;
    }

    /** {@code fanout} distinct neighbours, picked uniformly at random with the node's own dice. */
    List<NodeId> pickPeers() {
        int[] chosen = graph.pick(self, fanout, context.random());
        List<NodeId> peers = new ArrayList<>(chosen.length);
        for (int v : chosen) {
            peers.add(graph.node(v));
        }
        return peers;
    }
}
