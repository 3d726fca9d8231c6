package herald.gossip;

import herald.node.Context;
import herald.node.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that makes one gossip protocol out of the family: anti-entropy or rumor mongering,
 * push, pull or push-pull, how many peers a node contacts each round, on which graph, how long a
 * round lasts, and (for rumor mongering) when a node loses interest.
 *
 * <p>The registry's gossip protocols use the defaults (fanout 1, the complete graph, 50 ms
 * rounds); {@code herald gossip} builds nodes with the parameters its options give.
 *
 * @param family anti-entropy (spread until everyone knows) or rumor mongering (spread while hot)
 * @param mode what a contact does; rumor mongering pushes
 * @param fanout how many peers a node contacts each round
 * @param topology the graph peers are picked from
 * @param period the length of a round, in microseconds: much longer than the network's latency,
 *     so that a round's exchanges finish before the next round begins
 * @param interest when a rumor monger loses interest; ignored by anti-entropy
 */
public record GossipParameters(Family family, Mode mode, int fanout, Topology topology, long period,
        Interest interest) {

    /** The two families of Demers et al. (1987). */
    public enum Family {
        ANTI_ENTROPY("anti-entropy"),
        RUMOR_MONGERING("rumor-mongering");

        private final String text;

        Family(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** 50 ms: 2.5 times the simulated network's largest latency, so a request and its reply fit in a round. */
    public static final long PERIOD = Context.millis(50);

    public GossipParameters {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(interest, "interest");
        if (fanout < 1) {
            throw new IllegalArgumentException("the fanout must be at least 1, got " + fanout);
        }
        if (period < 1) {
            throw new IllegalArgumentException("the round period must be positive, got " + period);
        }
        if (family == Family.RUMOR_MONGERING && mode != Mode.PUSH) {
            throw new IllegalArgumentException("rumor mongering pushes hot rumors; it has no " + mode + " mode");
        }
    }

    /** Anti-entropy in {@code mode}, with the defaults. */
    public static GossipParameters antiEntropy(Mode mode) {
        return new GossipParameters(Family.ANTI_ENTROPY, mode, 1, Topology.COMPLETE, PERIOD, Interest.DEFAULT);
    }

    /** Push rumor mongering losing interest as {@code interest} says, with the defaults. */
    public static GossipParameters rumorMongering(Interest interest) {
        return new GossipParameters(Family.RUMOR_MONGERING, Mode.PUSH, 1, Topology.COMPLETE, PERIOD, interest);
    }

    public GossipParameters withFanout(int newFanout) {
        return new GossipParameters(family, mode, newFanout, topology, period, interest);
    }

    public GossipParameters withTopology(Topology newTopology) {
        return new GossipParameters(family, mode, fanout, newTopology, period, interest);
    }

    public boolean rumorMongering() {
        return family == Family.RUMOR_MONGERING;
    }

    /** A node of this protocol. */
    public Node newNode() {
        return rumorMongering() ? new RumorMongering(this) : new AntiEntropy(this);
    }

    /** The header fields of a run on {@code group}: {@code gossip} (these parameters) and {@code topology}. */
    public Map<String, Object> describe(List<String> group) {
        Map<String, Object> gossip = new LinkedHashMap<>();
        gossip.put("family", family.toString());
        gossip.put("mode", mode.toString());
        gossip.put("fanout", fanout);
        gossip.put("period_us", period);
        if (rumorMongering()) {
            gossip.put("interest", interest.feedback() ? "feedback" : "blind");
            gossip.put("by", interest.coin() ? "coin" : "counter");
            gossip.put("k", interest.k());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("gossip", gossip);
        fields.put("topology", topology.describe(group));
        return fields;
    }

    /**
     * How long a run must wait after the heal for every correct node to know every rumor, with
     * room to spare: push needs about log2 n + ln n rounds on the complete graph (Pittel), a
     * sparse topology adds its diameter, and when a fraction of the peers has crashed, that
     * fraction of the rounds is wasted on them. Twice that, and ten rounds more.
     */
    public long settlingTime(int nodes, int crashes) {
        int n = Math.max(2, nodes);
        double alive = Math.max(0.1, (n - Math.min(crashes, n - 1)) / (double) n);
        int diameter = topology.complete() ? 1
                : 2 * topology.graph(java.util.stream.IntStream.rangeClosed(1, n)
                        .mapToObj(k -> herald.history.NodeId.of("n" + k)).toList()).eccentricity(0);
        double rounds = (Math.log(n) / Math.log(2) + Math.log(n) + diameter) / alive;
        return period * (long) Math.ceil(2 * rounds + 10);
    }

    /** "push-pull anti-entropy, fanout 1, complete graph" or "rumor mongering (feedback, coin, k=2), …". */
    @Override
    public String toString() {
        String what = rumorMongering() ? "rumor mongering (" + interest + ")" : mode + " anti-entropy";
        return what + ", fanout " + fanout + ", " + (topology.complete() ? "complete graph" : topology + " topology");
    }
}
