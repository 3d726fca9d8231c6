package herald.gossip;

import herald.history.NodeId;
import herald.node.Configured;
import herald.node.Settling;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Anti-entropy: Demers et al. (1987), section 1.2. Every round, every node picks peers at random
 * and resolves the difference between what the two of them know, by push, pull or push-pull. A
 * rumor is never dropped, so anti-entropy always converges: after the partitions heal, every node
 * connected to one that knows a rumor learns it, whatever was lost on the way.
 *
 * <p>Rumors form a grow-only set, so "resolving the difference" is a union. Push sends the whole
 * set; pull sends a digest (the ids) and gets back the difference; push-pull sends the set and
 * gets back the difference.
 *
 * <pre>
 * every period (one round), at node s:
 *     known := known ∪ fresh;  fresh := ∅
 *     for each of fanout peers s' picked at random among s's neighbours:
 *         push:       send(s', PUSH(known))             if known ≠ ∅
 *         pull:       send(s', PULL(digest(known)))
 *         push-pull:  send(s', PUSH-PULL(known))
 * upon PUSH(R) from s':       learn(R)
 * upon PULL(D) from s':       send(s', REPLY(known \ D))     if not empty
 * upon PUSH-PULL(R) from s':  learn(R);  send(s', REPLY(known \ R))     if not empty
 * upon REPLY(R) from s':      learn(R)                        (learned by pull)
 * learn(R): for each new m in R: deliver(m); fresh := fresh ∪ {m}
 * </pre>
 *
 * <p>A node passes on what it knew when the round began ({@code known}); what it learns during a
 * round ({@code fresh}) it passes on from the next. That is the synchronous-rounds model in which
 * Pittel (1987) and Karp et al. (2000) count rounds, and with rounds much longer than the
 * network's latency it is what a real deployment would do anyway.
 */
public class AntiEntropy implements Node, Configured, Settling {

    /** PUSH(R): everything the sender knew when its round began. */
    public record Push(List<Message> rumors) implements Packet {
    }

    /** PULL(D): the ids the sender knows; the peer answers with the rest. */
    public record Pull(List<String> digest) implements Packet {
    }

    /** PUSH-PULL(R): everything the sender knew; the peer learns it and answers with the rest. */
    public record PushPull(List<Message> rumors) implements Packet {
    }

    /** REPLY(R): what the asker lacked. */
    public record Reply(List<Message> rumors) implements Packet {
    }

    private final GossipParameters parameters;
    private Context context;
    private Rounds rounds;
    private final Set<String> seen = new HashSet<>();
    private final List<Message> fresh = new ArrayList<>();
    private List<Message> known = List.of();
    private List<String> digest = List.of();

    public AntiEntropy(GossipParameters parameters) {
        this.parameters = parameters;
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
        if (!fresh.isEmpty()) {
            List<Message> all = new ArrayList<>(known);
            all.addAll(fresh);
            known = List.copyOf(all);
            digest = known.stream().map(Message::id).toList();
            fresh.clear();
        }
        for (NodeId peer : rounds.pickPeers()) {
            switch (parameters.mode()) {
                case PUSH:
                    if (!known.isEmpty()) {
                        context.send(peer, new Push(known));
                    }
                    break;
                case PULL:
                    context.send(peer, new Pull(digest));
                    break;
                default:
                    context.send(peer, new PushPull(known));
                    break;
            }
        }
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        if (packet instanceof Push push) {
            push.rumors().forEach(this::learn);
        } else if (packet instanceof Pull pull) {
            reply(from, pull.digest());
        } else if (packet instanceof PushPull exchange) {
            exchange.rumors().forEach(this::learn);
            if (!known.equals(exchange.rumors())) { // the same list: nothing to send back
                reply(from, exchange.rumors().stream().map(Message::id).toList());
            }
        } else if (packet instanceof Reply reply) {
            learnedByPull(reply.rumors());
        }
    }

    private void reply(NodeId to, List<String> theirIds) {
        // Once everyone knows, most exchanges are between equals: say nothing, without building a set.
        if (known.isEmpty() || digest.equals(theirIds)) {
            return;
        }
        Set<String> theirs = new HashSet<>(theirIds);
        List<Message> missing = new ArrayList<>();
        for (Message m : known) {
            if (!theirs.contains(m.id())) {
                missing.add(m);
            }
        }
        if (!missing.isEmpty()) {
            context.send(to, new Reply(missing));
        }
    }

    /** What a REPLY brought: learned like anything else. */
    protected void learnedByPull(List<Message> rumors) {
        rumors.forEach(this::learn);
    }

    private void learn(Message m) {
        if (deliverIfNew(m)) {
            fresh.add(m);
        }
    }

    /** Delivers {@code m} if this node has not yet; true when it was new. */
    protected final boolean deliverIfNew(Message m) {
        if (!seen.add(m.id())) {
            return false;
        }
        context.deliver(m);
        return true;
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
