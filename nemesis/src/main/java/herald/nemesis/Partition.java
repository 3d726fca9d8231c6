package herald.nemesis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A network partition: the nodes fall into groups, and packets between groups are dropped, both
 * ways. Its grudge maps each node to the nodes whose packets it drops.
 *
 * @param shape how the groups were chosen, e.g. {@code halves}; for people
 * @param groups the groups, every node in exactly one
 */
public record Partition(String shape, List<List<String>> groups) implements Fault {

    public Partition {
        groups = groups.stream().map(List::copyOf).toList();
    }

    @Override
    public String name() {
        return "partition";
    }

    /** Each node to the nodes whose packets it drops: everyone outside its group. */
    public Map<String, Set<String>> grudge() {
        Map<String, Set<String>> grudge = new TreeMap<>();
        for (List<String> group : groups) {
            for (String node : group) {
                Set<String> dropped = new TreeSet<>();
                for (List<String> other : groups) {
                    if (other != group) {
                        dropped.addAll(other);
                    }
                }
                grudge.put(node, dropped);
            }
        }
        return grudge;
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        detail.put("shape", shape);
        ArrayNode array = detail.putArray("groups");
        for (List<String> group : groups) {
            ArrayNode g = array.addArray();
            group.forEach(g::add);
        }
        return detail;
    }
}
