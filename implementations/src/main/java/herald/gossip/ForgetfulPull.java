package herald.gossip;

import herald.node.Message;
import java.util.List;

/**
 * A broken anti-entropy, for teaching: a node delivers what it learns by pull but never passes it
 * on. Only the origin and the nodes a push reached spread a rumor; one learned by pull stops where
 * it landed. The {@code convergence} checker catches it as soon as the topology makes a rumor
 * travel more than one pull away from every node that pushes it.
 */
public final class ForgetfulPull extends AntiEntropy {

    public ForgetfulPull(GossipParameters parameters) {
        super(parameters);
    }

    /** The bug: deliver, and forget to keep the rumor for the next rounds. */
    @Override
    protected void learnedByPull(List<Message> rumors) {
        rumors.forEach(this::deliverIfNew);
    }
}
