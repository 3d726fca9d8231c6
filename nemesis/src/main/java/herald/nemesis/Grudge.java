package herald.nemesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A grudge, in Jepsen's sense: each node mapped to the nodes whose packets it drops. It is the
 * general form of every partition: two halves that cannot talk are two groups holding a grudge
 * against each other; a one-way partition is a grudge that is not returned; a bridge node is a
 * node nobody holds a grudge against.
 *
 * @param drops each node to the senders whose packets it drops; nodes that drop nothing are left
 *     out, so that equal grudges are equal values
 */
public record Grudge(SortedMap<String, SortedSet<String>> drops) {

    public static final Grudge NONE = new Grudge(new TreeMap<>());

    public Grudge {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>(Nodes.ORDER);
        for (Map.Entry<String, ? extends Collection<String>> entry : drops.entrySet()) {
            SortedSet<String> senders = new TreeSet<>(Nodes.ORDER);
            senders.addAll(entry.getValue());
            if (senders.remove(entry.getKey())) {
                throw new IllegalArgumentException("node " + entry.getKey() + " cannot hold a grudge against itself");
            }
            if (!senders.isEmpty()) {
                copy.put(entry.getKey(), Collections.unmodifiableSortedSet(senders));
            }
        }
        drops = Collections.unmodifiableSortedMap(copy);
    }

    /** No node talks to a node outside its own group: Jepsen's complete grudge. */
    public static Grudge ofGroups(List<List<String>> groups) {
        SortedMap<String, SortedSet<String>> drops = new TreeMap<>(Nodes.ORDER);
        for (List<String> group : groups) {
            for (String node : group) {
                SortedSet<String> others = new TreeSet<>(Nodes.ORDER);
                for (List<String> other : groups) {
                    if (other != group) {
                        others.addAll(other);
                    }
                }
                drops.put(node, others);
            }
        }
        return new Grudge(drops);
    }

    /** Packets from the senders never reach the receivers; the other way is untouched. */
    public static Grudge oneWay(Collection<String> senders, Collection<String> receivers) {
        SortedMap<String, SortedSet<String>> drops = new TreeMap<>(Nodes.ORDER);
        for (String receiver : receivers) {
            SortedSet<String> from = new TreeSet<>(Nodes.ORDER);
            from.addAll(senders);
            drops.put(receiver, from);
        }
        return new Grudge(drops);
    }

    /**
     * Jepsen's majorities ring: the nodes sit on a ring; each node hears only the majority of
     * nodes centred on it, so every node sees a majority and no two see the same one.
     *
     * @param ring the nodes in ring order (at least three, or nobody can be cut off)
     */
    public static Grudge majoritiesRing(List<String> ring) {
        int n = ring.size();
        int majority = n / 2 + 1;
        SortedMap<String, SortedSet<String>> drops = new TreeMap<>(Nodes.ORDER);
        for (int start = 0; start < n; start++) {
            List<String> window = new ArrayList<>();
            for (int k = 0; k < majority; k++) {
                window.add(ring.get((start + k) % n));
            }
            SortedSet<String> unheard = new TreeSet<>(Nodes.ORDER);
            unheard.addAll(ring);
            window.forEach(unheard::remove);
            drops.put(window.get(majority / 2), unheard);
        }
        return new Grudge(drops);
    }

    /** Whether packets from {@code from} to {@code to} are dropped. */
    public boolean cuts(String from, String to) {
        SortedSet<String> senders = drops.get(to);
        return senders != null && senders.contains(from);
    }

    /** Every node the grudge names, as holder or as target. */
    public SortedSet<String> nodes() {
        SortedSet<String> all = new TreeSet<>(Nodes.ORDER);
        all.addAll(drops.keySet());
        drops.values().forEach(all::addAll);
        return all;
    }

    public boolean isEmpty() {
        return drops.isEmpty();
    }

    /** {@code {"n2":["n1"]}}: n2 drops what n1 sends. */
    public ObjectNode toJson() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        drops.forEach((node, senders) -> senders.forEach(json.putArray(node)::add));
        return json;
    }

    /** The grudge a {@link #toJson} object describes. */
    public static Grudge fromJson(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("a grudge is an object mapping each node to the nodes it drops");
        }
        SortedMap<String, SortedSet<String>> drops = new TreeMap<>(Nodes.ORDER);
        for (Iterator<Map.Entry<String, JsonNode>> it = json.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            SortedSet<String> senders = new TreeSet<>(Nodes.ORDER);
            senders.addAll(Nodes.list(entry.getValue(), "grudge of " + entry.getKey()));
            drops.put(entry.getKey(), senders);
        }
        return new Grudge(drops);
    }
}
