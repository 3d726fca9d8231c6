package herald.mutant;

import herald.broadcast.MajorityAckUniformReliableBroadcast;
import herald.node.Message;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** Majority-ack uniform reliable broadcast with an off-by-one quorum: half is taken for a majority. */
public final class HalfAckUniformBroadcast extends MajorityAckUniformReliableBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("majority-urb-half", "uniform-reliable",
            "majority-ack uniform reliable broadcast that delivers once half (not more than half) have relayed",
            Set.of(Assumption.CRASH_STOP, Assumption.MAJORITY_CORRECT), HalfAckUniformBroadcast::new,
            "uniform-agreement",
            "candeliver tests #ack ≥ N/2 where the book has #ack > N/2: with integer division that is one "
                    + "acknowledgement short of a majority, and on three processes a single one, its own. A "
                    + "process may then deliver a message that only processes about to crash have seen; "
                    + "when they crash before their relays get out (a partition, lost packets), no correct "
                    + "process ever delivers it, though a process did: uniform agreement breaks, while "
                    + "plain agreement, which ignores crashed processes, still holds. Quorum sizes off by "
                    + "one are a classic of replicated systems.");

    /** #ack[m] ≥ N/2: one short of a majority. */
    @Override
    protected boolean candeliver(Message m) {
        return acknowledgements(m) >= context.nodes().size() / 2;
    }
}
