package herald.mutant;

import herald.order.CausalBroadcast;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.List;
import java.util.Set;

/** Causal broadcast that leaves its own earlier broadcasts out of the dependencies of a message. */
public final class SelfBlindCausal extends CausalBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("causal-vc-self-blind", "causal",
            "causal broadcast that leaves its own broadcasts out of its vector",
            Set.of(Assumption.CRASH_STOP), SelfBlindCausal::new, "causal-order",
            "deps := delivered; deps[i] := 0: the message says nothing of the sender's own earlier messages, "
                    + "so a receiver may deliver a process's second message before its first. A process's "
                    + "own broadcasts are its most certain causes, and this is the step that is easiest to "
                    + "drop when the vector is thought of as \"what I have received\". It shows as soon as "
                    + "one process broadcasts twice and its second message overtakes its first somewhere "
                    + "(a retransmission after a loss, reordering, a slow link): causal-order breaks, and so "
                    + "would FIFO order.");

    /** deps := delivered; deps[i] := 0, where the book has deps[i] := sendSeq. */
    @Override
    protected List<Integer> dependencies() {
        List<Integer> deps = super.dependencies();
        deps.set(self, 0);
        return deps;
    }
}
