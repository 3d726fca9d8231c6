package herald.mutant;

import herald.gossip.AntiEntropy;
import herald.gossip.GossipParameters;
import herald.gossip.Mode;
import herald.gossip.Topology;
import herald.node.Message;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.List;
import java.util.Set;

/**
 * Pull anti-entropy that forgets what it pulls: a node delivers a rumor it learned by pull but
 * never passes it on. Only the origin and the nodes a push reached spread a rumor; one learned by
 * pull stops where it landed. It runs on a ring, where that shows in every run.
 */
public final class ForgetfulPull extends AntiEntropy {

    private static final GossipParameters RING =
            GossipParameters.antiEntropy(Mode.PULL).withTopology(Topology.parse("ring"));

    public static final Protocol PROTOCOL = Protocol.mutant("gossip-pull-forgetful", "gossip",
            "pull anti-entropy on a ring whose nodes never pass on what they learned by pull",
            Set.of(Assumption.CRASH_STOP), () -> new ForgetfulPull(RING), "convergence",
                "A node delivers a rumor it pulled from a peer but does not add it to the state it gossips, so "
                        + "a rumor travels at most one pull away from the nodes that had it first. On the "
                        + "complete graph the bug mostly hides: every node eventually pulls from the origin "
                        + "itself, and only a crash of the origin or a short run exposes it. On a ring, the "
                        + "default here, nodes two hops from the origin never learn the rumor, and convergence "
                        + "fails in every run with no fault at all. Compare with gossip-pull, and ask why push "
                        + "would have hidden the bug.");

    public ForgetfulPull(GossipParameters parameters) {
        super(parameters);
    }

    /** The bug: deliver, and forget to keep the rumor for the next rounds. */
    @Override
    protected void learnedByPull(List<Message> rumors) {
        rumors.forEach(this::deliverIfNew);
    }
}
