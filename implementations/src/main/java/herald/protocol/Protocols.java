package herald.protocol;

import herald.broadcast.BestEffortBroadcast;
import herald.broadcast.EagerReliableBroadcast;
import herald.broadcast.LazyReliableBroadcast;
import herald.broadcast.MajorityAckUniformReliableBroadcast;
import herald.broadcast.NakReliableBroadcast;
import herald.mutant.Mutants;
import herald.order.CausalBroadcast;
import herald.order.FifoBroadcast;
import herald.order.LamportTotalOrder;
import herald.order.SequencerTotalOrder;
import herald.order.SkeenTotalOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every protocol Herald knows, by id, in the order {@code herald list} shows them. */
public final class Protocols {

    private static final Map<String, Protocol> ALL = new LinkedHashMap<>();

    static {
        add(Protocol.reference("best-effort", "best-effort",
                "best-effort broadcast over fair-loss links: sends once, so a lost packet is lost",
                crashStop(), BestEffortBroadcast::new));
        add(Protocol.reference("eager-rb", "reliable",
                "eager reliable broadcast: relays every message on first receipt, over perfect links",
                crashStop(), EagerReliableBroadcast::new));
        add(Protocol.reference("lazy-rb", "reliable",
                "lazy reliable broadcast: relays a sender's messages only once the failure detector suspects it",
                crashStop(Assumption.FAILURE_DETECTOR), LazyReliableBroadcast::new));
        add(Protocol.reference("majority-urb", "uniform-reliable",
                "uniform reliable broadcast: delivers once a majority has relayed the message, no failure detector",
                crashStop(Assumption.MAJORITY_CORRECT), MajorityAckUniformReliableBroadcast::new));
        add(Protocol.reference("fifo", "fifo",
                "FIFO broadcast: per-sender sequence numbers and a hold-back queue over reliable broadcast",
                crashStop(), FifoBroadcast::new));
        add(Protocol.reference("causal-vc", "causal",
                "causal broadcast: vector clocks and a waiting buffer over reliable broadcast",
                crashStop(), CausalBroadcast::new));
        add(Protocol.reference("sequencer-to", "fifo-total",
                "total order: a fixed sequencer (n1) numbers every message; it has no failover",
                crashStop(Assumption.SEQUENCER_CORRECT), SequencerTotalOrder::new));
        add(Protocol.reference("lamport-to", "fifo-total",
                "total order by Lamport timestamps over FIFO links, delivered once every node has spoken later",
                crashStop(Assumption.NO_CRASH), LamportTotalOrder::new));
        add(Protocol.reference("skeen-to", "total",
                "total order by agreed priorities (Skeen, ISIS): receivers propose, the sender fixes the maximum",
                crashStop(Assumption.NO_CRASH), SkeenTotalOrder::new));
        add(Protocol.reference("nak-rb", "fifo",
                "reliable broadcast by negative acknowledgements: sequence numbers, gap detection, repairs from a store",
                crashStop(), NakReliableBroadcast::new));
        Mutants.all().forEach(Protocols::add);
    }

    private Protocols() {
    }

    /** The assumptions given, and the crash-stop model every protocol here is written for. */
    private static Set<Assumption> crashStop(Assumption... more) {
        Set<Assumption> all = new java.util.TreeSet<>(Set.of(more));
        all.add(Assumption.CRASH_STOP);
        return all;
    }

    private static void add(Protocol protocol) {
        if (ALL.putIfAbsent(protocol.id(), protocol) != null) {
            throw new IllegalStateException("two protocols named " + protocol.id());
        }
    }

    public static Optional<Protocol> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    /** The protocol called {@code id}; an {@link IllegalArgumentException} listing the known ones if none. */
    public static Protocol named(String id) {
        Protocol protocol = ALL.get(id);
        if (protocol == null) {
            throw new IllegalArgumentException("unknown protocol \"" + id + "\" (known: "
                    + String.join(", ", ALL.keySet()) + "; see ./herald list)");
        }
        return protocol;
    }

    public static List<Protocol> all() {
        return List.copyOf(ALL.values());
    }
}
