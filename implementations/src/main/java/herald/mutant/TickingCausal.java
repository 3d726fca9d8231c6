package herald.mutant;

import herald.node.Message;
import herald.order.CausalBroadcast;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** Causal broadcast that ticks its own entry at every delivery, as a vector clock ticks at every event. */
public final class TickingCausal extends CausalBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("causal-vc-tick", "causal",
            "causal broadcast that also bumps its own vector entry on every delivery",
            Set.of(Assumption.CRASH_STOP), TickingCausal::new, "validity",
            "Vector clocks that timestamp events tick the process's own entry at every event, receipts "
                    + "included; the vectors of causal broadcast count broadcasts only. This process mixes "
                    + "the two and bumps its own entry, sendSeq, at every delivery too. Its next message then "
                    + "claims to follow broadcasts of its own that never happened, and waits forever in every "
                    + "buffer, its sender's included: validity breaks (and agreement, for what others "
                    + "delivered after it) in any run where a process broadcasts after delivering something. "
                    + "No fault is needed; it is the confusion between Fidge/Mattern clocks and the causal "
                    + "delivery vector that textbooks warn about.");

    /** deliver m; delivered[sender] := delivered[sender] + 1; and, wrongly, sendSeq := sendSeq + 1. */
    @Override
    protected void deliver(int sender, Message m) {
        super.deliver(sender, m);
        sendSeq++;
    }
}
