package herald.gossip;

import herald.history.NodeId;
import herald.node.Configured;
import herald.node.Settling;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rumor mongering: Demers et al. (1987), section 1.4, "complex epidemics". A node that learns a
 * rumor finds it hot and pushes it to random peers every round, until it loses interest; then the
 * rumor is cold there, and that node stops spreading it. Cheap, but not certain: when every node
 * that knows a rumor has lost interest, the nodes it has not reached never will. The fraction left
 * out is the <em>residue</em>; Demers et al. show it falls exponentially with the traffic spent
 * (s = e^-m), e.g. s = e^-(k+1)(1-s) with feedback and coin.
 *
 * <pre>
 * every period (one round), at node s:
 *     hot := hot ∪ fresh;  fresh := ∅
 *     if hot ≠ ∅: for each of fanout peers s' picked at random among s's neighbours:
 *         send(s', PUSH(hot))
 *         blind:  for each m in hot: counts(m)
 * upon PUSH(R) from s':
 *     for each new m in R: deliver(m); fresh := fresh ∪ {m}
 *     feedback: if some of R were known already: send(s', FEEDBACK(those))
 * upon FEEDBACK(K) from s':   for each m in K still hot: counts(m)
 * counts(m):  counter: after the k-th time, hot := hot \ {m}
 *             coin:    with probability 1/k, hot := hot \ {m}
 * </pre>
 *
 * <p>As in {@link AntiEntropy}, what a node learns during a round it spreads from the next.
 */
public final class RumorMongering implements Node, Configured, Settling {

    /** PUSH(R): the rumors the sender finds hot. */
    public record Push(List<Message> rumors) implements Packet {
    }

    /** FEEDBACK(K): the ids of the pushed rumors the receiver already knew. */
    public record Feedback(List<String> known) implements Packet {
    }

    private final GossipParameters parameters;
    private final Interest interest;
    private Context context;
    private Rounds rounds;
    private final Set<String> seen = new HashSet<>();
    private final List<Message> fresh = new ArrayList<>();
    private final Map<String, Message> hot = new LinkedHashMap<>();
    private final Map<String, Integer> counted = new HashMap<>();

    public RumorMongering(GossipParameters parameters) {
        this.parameters = parameters;
        this.interest = parameters.interest();
    }

    @Override
    public void init(Context context) {
        this.context = context;
        this.rounds = new Rounds(context, parameters);
    }

    @Override
    public void onBroadcast(Message message) {
        learn(message);
    }

    @Override
    public void onTimer(Object tag) {
        if (rounds.begins(tag)) {
            round();
        }
    }

    private void round() {
        for (Message m : fresh) {
            hot.put(m.id(), m);
        }
        fresh.clear();
        if (hot.isEmpty()) {
            return;
        }
        List<Message> rumors = List.copyOf(hot.values());
        for (NodeId peer : rounds.pickPeers()) {
            context.send(peer, new Push(rumors));
            if (!interest.feedback()) {
                rumors.forEach(m -> counts(m.id()));
            }
        }
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        if (packet instanceof Push push) {
            List<String> knew = new ArrayList<>();
            for (Message m : push.rumors()) {
                if (seen.contains(m.id())) {
                    knew.add(m.id());
                } else {
                    learn(m);
                }
            }
            if (interest.feedback() && !knew.isEmpty()) {
                context.send(from, new Feedback(knew));
            }
        } else if (packet instanceof Feedback feedback) {
            feedback.known().forEach(this::counts);
        }
    }

    private void learn(Message m) {
        if (seen.add(m.id())) {
            context.deliver(m);
            fresh.add(m);
        }
    }

    /** A contact that counts against rumor {@code id}: maybe the node loses interest in it. */
    private void counts(String id) {
        if (!hot.containsKey(id)) {
            return;
        }
        int before = counted.getOrDefault(id, 0);
        if (interest.lost(before, context.random())) {
            hot.remove(id);
            counted.remove(id);
        } else {
            counted.put(id, before + 1);
        }
    }

    @Override
    public long settlingTime(int nodes, int crashes) {
        return parameters.settlingTime(nodes, crashes);
    }

    @Override
    public Map<String, Object> configuration(List<String> group) {
        return parameters.describe(group);
    }
}
