package herald.mutant;

import herald.protocol.Protocol;
import java.util.List;

/** Every mutant, in the order {@code herald list} shows them: gossip, broadcast, then the orders. */
public final class Mutants {

    private static final List<Protocol> ALL = List.of(
            ForgetfulPull.PROTOCOL,
            NonRelayingBroadcast.PROTOCOL,
            DuplicatingReliableBroadcast.PROTOCOL,
            UndeduplicatedBestEffort.PROTOCOL,
            PlaceholderRelayBroadcast.PROTOCOL,
            HalfAckUniformBroadcast.PROTOCOL,
            UnstoredNakBroadcast.PROTOCOL,
            ArrivalOrderFifo.PROTOCOL,
            UngatedNakBroadcast.PROTOCOL,
            OneAheadCausal.PROTOCOL,
            TickingCausal.PROTOCOL,
            SelfBlindCausal.PROTOCOL,
            UntiedLamport.PROTOCOL,
            HastySkeen.PROTOCOL,
            AdoptingSkeen.PROTOCOL,
            RenumberingSequencer.PROTOCOL);

    private Mutants() {
    }

    public static List<Protocol> all() {
        return ALL;
    }
}
