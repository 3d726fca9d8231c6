package herald.nemesis;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.NodeId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Node names as faults hold them: in the group's order ({@code n2} before {@code n10}). */
final class Nodes {

    static final Comparator<String> ORDER = Comparator.comparing(NodeId::new);

    private Nodes() {
    }

    static List<String> sorted(Collection<String> nodes) {
        return nodes.stream().sorted(ORDER).toList();
    }

    /** A JSON array of node names, as a list; {@code what} names it in the message when it is not one. */
    static List<String> list(JsonNode json, String what) {
        if (json == null || !json.isArray()) {
            throw new IllegalArgumentException(what + " must be an array of node names");
        }
        List<String> nodes = new ArrayList<>();
        for (JsonNode node : json) {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw new IllegalArgumentException(what + " must hold node names, got " + node);
            }
            if (nodes.contains(node.asText())) {
                throw new IllegalArgumentException(what + " names " + node.asText() + " twice");
            }
            nodes.add(node.asText());
        }
        return List.copyOf(nodes);
    }
}
