package herald.mutant;

import herald.broadcast.BestEffortBroadcast;
import herald.node.Message;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** Best-effort broadcast that trusts the network never to hand over a packet twice. */
public final class UndeduplicatedBestEffort extends BestEffortBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("best-effort-no-dedup", "best-effort",
            "best-effort broadcast that delivers every packet that arrives, copies included",
            Set.of(Assumption.CRASH_STOP, Assumption.PERFECT_LINKS), UndeduplicatedBestEffort::new, "no-duplication",
            "Fair-loss links may lose a packet, but they may also duplicate one: a retransmitting router, "
                    + "a flapping route, a retry in a lower layer. This broadcast sends each message once and "
                    + "delivers whatever arrives, so it is correct on every run until the network duplicates "
                    + "a packet (the dup nemesis); then one process delivers the same message twice and "
                    + "no-duplication breaks. UDP gives no guarantee against duplicates either.");

    /** Every packet is a first: no memory of what was delivered. */
    @Override
    protected boolean firstTime(Message m) {
        return true;
    }
}
