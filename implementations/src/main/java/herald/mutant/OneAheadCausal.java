package herald.mutant;

import herald.order.CausalBroadcast;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.List;
import java.util.Set;

/**
 * Causal broadcast whose delivery test lets every entry of the vector run one ahead, as only the
 * sender's may.
 */
public final class OneAheadCausal extends CausalBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("causal-vc-one-ahead", "causal",
            "causal broadcast whose delivery test accepts any entry up to one ahead, not only the sender's",
            Set.of(Assumption.CRASH_STOP), OneAheadCausal::new, "causal-order",
            "In the vector-timestamp form of the test (Birman, Schiper and Stephenson), a message from s is "
                    + "deliverable when its entry for s is exactly one more than what this process has "
                    + "delivered from s, and every other entry is at most what it has delivered. This test "
                    + "allows one more everywhere: it accepts a message whose sender had delivered a message "
                    + "from a third process that this process has not delivered yet. Two processes cannot "
                    + "show it; with three, when the cause is slow to arrive (loss, a partition, a slow "
                    + "link) the effect is delivered before it and causal-order breaks, while FIFO order, "
                    + "judged per sender, still holds.");

    /** deps[k] ≤ delivered[k] + 1 for every k but the sender's, where the book has deps ≤ delivered. */
    @Override
    protected boolean deliverable(int sender, List<Integer> deps) {
        for (int k = 0; k < delivered.length; k++) {
            if (deps.get(k) > delivered[k] + (k == sender ? 0 : 1)) {
                return false;
            }
        }
        return true;
    }
}
