package herald.nemesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A network partition, as a {@link Grudge}: packets from a node to a node that holds a grudge
 * against it are dropped, and so are packets already in flight when the cut is made.
 *
 * <p>Most partitions split the nodes into groups that cannot talk to each other; those keep their
 * {@code groups}, which is what people read. A bridge, a majorities ring or a one-way cut is not
 * a split into groups; its {@code groups} is empty and its grudge says it all.
 *
 * @param shape how it was made, for people: {@code halves}, {@code ring}, {@code groups}, …
 * @param groups the groups, every named node in exactly one; empty when not a split into groups
 * @param grudge who drops whose packets
 */
public record Partition(String shape, List<List<String>> groups, Grudge grudge) implements Fault {

    public Partition {
        Objects.requireNonNull(shape, "shape");
        groups = groups.stream().map(List::copyOf).toList();
        disjoint(groups);
        if (!groups.isEmpty() && !grudge.equals(Grudge.ofGroups(groups))) {
            throw new IllegalArgumentException("a partition's grudge must be the one its groups make");
        }
    }

    /** A split into groups: the same as {@link #ofGroups}. */
    public Partition(String shape, List<List<String>> groups) {
        this(shape, disjoint(groups), Grudge.ofGroups(groups));
    }

    /** {@code groups}, once checked to be non-empty and to hold each node once. */
    private static List<List<String>> disjoint(List<List<String>> groups) {
        Set<String> seen = new HashSet<>();
        for (List<String> group : groups) {
            if (group.isEmpty()) {
                throw new IllegalArgumentException("a partition's group cannot be empty");
            }
            for (String node : group) {
                if (!seen.add(node)) {
                    throw new IllegalArgumentException("node " + node + " is in two groups of a partition");
                }
            }
        }
        return groups;
    }

    /** No node hears a node of another group. */
    public static Partition ofGroups(String shape, List<List<String>> groups) {
        if (groups.size() < 2) {
            throw new IllegalArgumentException("a partition into groups needs at least two groups, got " + groups);
        }
        return new Partition(shape, disjoint(groups), Grudge.ofGroups(groups));
    }

    /** Any grudge: a bridge, a ring, a one-way cut. */
    public static Partition ofGrudge(String shape, Grudge grudge) {
        return new Partition(shape, List.of(), grudge);
    }

    @Override
    public boolean losesPackets() {
        return true;
    }

    @Override
    public String name() {
        return "partition";
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("shape", shape);
        if (!groups.isEmpty()) {
            ArrayNode array = detail.putArray("groups");
            for (List<String> group : groups) {
                group.forEach(array.addArray()::add);
            }
        } else {
            detail.set("grudge", grudge.toJson());
        }
        return detail;
    }

    static Partition fromDetail(Detail d) {
        if (d.has("groups") == d.has("grudge")) {
            throw new IllegalArgumentException(d.has("groups")
                    ? "a partition has either \"groups\" or \"grudge\", not both"
                    : "a partition in a schedule names its \"groups\" (e.g. [[\"n1\"], [\"n2\", \"n3\"]]) or its "
                            + "\"grudge\"; shapes such as halves are for --nemesis, which picks the nodes");
        }
        if (d.has("groups")) {
            String shape = d.text("shape", "groups");
            JsonNode groups = d.get("groups");
            if (!groups.isArray()) {
                throw new IllegalArgumentException("\"groups\" must be an array of arrays of node names");
            }
            List<List<String>> list = new java.util.ArrayList<>();
            for (JsonNode group : groups) {
                list.add(Nodes.list(group, "a group"));
            }
            return ofGroups(shape, list);
        }
        String shape = d.text("shape", "grudge");
        return ofGrudge(shape, Grudge.fromJson(d.get("grudge")));
    }

    @Override
    public Set<String> mentions() {
        Set<String> all = new TreeSet<>(Nodes.ORDER);
        groups.forEach(all::addAll);
        all.addAll(grudge.nodes());
        return all;
    }
}
