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
import herald.multicast.IpMulticast;
import herald.multicast.ReliableMulticast;
import herald.gossip.GossipParameters;
import herald.gossip.Interest;
import herald.gossip.Mode;
import herald.gossip.Topology;
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
                "best-effort broadcast over perfect links: sends each message once, so a lost packet is lost",
                crashStop(Assumption.PERFECT_LINKS), BestEffortBroadcast::new));
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
        gossip();
        add(Protocol.reference("nak-rb", "fifo",
                "reliable broadcast by negative acknowledgements: sequence numbers, gap detection, repairs from a store",
                crashStop(), NakReliableBroadcast::new));
        Mutants.all().forEach(Protocols::add);
        add(Protocol.reference("ip-multicast", "best-effort",
                "best-effort broadcast by IP multicast: one datagram to a class-D group, never repaired",
                crashStop(Assumption.PERFECT_LINKS), IpMulticast::new));
        add(Protocol.reference("reliable-multicast", "reliable",
                "reliable broadcast over IP multicast: digests, NAKs for the gaps, repairs by any holder (PGM, NAKACK)",
                crashStop(), ReliableMulticast::new));
    }

    /** Gossip (Demers et al. 1987): anti-entropy in its three modes, rumor mongering in its four variants. */
    private static void gossip() {
        for (Mode mode : Mode.values()) {
            GossipParameters parameters = GossipParameters.antiEntropy(mode);
            add(Protocol.reference("gossip-" + mode, "gossip", mode + " anti-entropy: every 50 ms each node "
                    + "resolves its difference with one random peer; converges once partitions heal",
                    crashStop(), parameters::newNode));
        }
        rumor("gossip-rumor", new Interest(true, false, 2), "stops after 2 pushes to nodes that knew");
        rumor("gossip-rumor-coin", new Interest(true, true, 2), "stops with probability 1/2 at each push to a "
                + "node that knew");
        rumor("gossip-rumor-blind", new Interest(false, false, 2), "stops after 2 pushes");
        rumor("gossip-rumor-blind-coin", new Interest(false, true, 2), "stops with probability 1/2 after each push");
    }

    private static void rumor(String id, Interest interest, String stops) {
        add(Protocol.reference(id, "gossip-rumor", "push rumor mongering (" + interest + "): each node pushes "
                + "hot rumors to one random peer every 50 ms and " + stops + "; leaves a residue",
                crashStop(), GossipParameters.rumorMongering(interest)::newNode));
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
