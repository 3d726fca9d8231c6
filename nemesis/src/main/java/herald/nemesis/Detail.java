package herald.nemesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the fields of a fault's detail, and afterwards refuses any field it did not read: in a
 * hand-written schedule an unknown field is a typo, and silently ignoring it would run a
 * different fault from the one the author meant.
 */
final class Detail {

    private final ObjectNode json;
    private final Set<String> read = new LinkedHashSet<>();

    Detail(JsonNode json) {
        if (json == null || json.isNull()) {
            this.json = Json.MAPPER.createObjectNode();
        } else if (json.isObject()) {
            this.json = (ObjectNode) json;
        } else {
            throw new IllegalArgumentException("a fault's detail must be an object, got " + json);
        }
    }

    boolean has(String field) {
        return json.has(field);
    }

    JsonNode get(String field) {
        read.add(field);
        return json.get(field);
    }

    String text(String field, String otherwise) {
        JsonNode value = get(field);
        if (value == null) {
            return otherwise;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string, got " + value);
        }
        return value.asText();
    }

    double probability(String field) {
        return probability(field, null);
    }

    /** A probability, or {@code otherwise} (when not null) if the field is absent. */
    double probability(String field, Double otherwise) {
        JsonNode value = get(field);
        if (value == null && otherwise != null) {
            return otherwise;
        }
        if (value == null || !value.isNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a probability between 0 and 1, got " + value);
        }
        return value.asDouble();
    }

    /** A duration: a number of microseconds, or a string with a unit such as {@code "20ms"}. */
    long duration(String field) {
        return duration(field, get(field));
    }

    /** A duration, or {@code otherwise} if the field is absent. */
    long duration(String field, long otherwise) {
        JsonNode value = get(field);
        return value == null ? otherwise : duration(field, value);
    }

    static long duration(String field, JsonNode value) {
        if (value != null && value.canConvertToLong() && value.isIntegralNumber()) {
            if (value.asLong() < 0 || value.asLong() > Parameters.LONGEST) {
                throw new IllegalArgumentException("\"" + field + "\" must be between 0 and an hour ("
                        + Parameters.LONGEST + " us), got " + value);
            }
            return value.asLong();
        }
        if (value != null && value.isTextual()) {
            return Parameters.duration(field, value.asText());
        }
        throw new IllegalArgumentException("\"" + field + "\" must be microseconds or a duration like \"20ms\", got "
                + value);
    }

    boolean flag(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("\"" + field + "\" must be true or false, got " + value);
        }
        return value.asBoolean();
    }

    List<String> nodes(String field) {
        JsonNode value = get(field);
        if (value != null && value.isArray() && value.isEmpty()) {
            throw new IllegalArgumentException("\"" + field + "\" is empty: name at least one node");
        }
        return value == null ? List.of() : Nodes.list(value, "\"" + field + "\"");
    }

    /** Links written {@code "n1>n2"} (one way) or {@code "n1-n2"} (both ways); empty when absent. */
    List<Link> links(String field) {
        JsonNode value = get(field);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("\"" + field + "\" must be an array of links like \"n1>n2\"");
        }
        if (value.isEmpty()) {
            throw new IllegalArgumentException("\"" + field + "\" is empty: leave it out for every link, or name "
                    + "some like \"n1>n2\"");
        }
        List<Link> links = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("\"" + field + "\" must hold links like \"n1>n2\", got " + item);
            }
            for (Link link : Link.parse(item.asText())) {
                if (!links.contains(link)) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    /** Refuses the fields nobody read. */
    void done(String fault) {
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!read.contains(field)) {
                throw new IllegalArgumentException("a " + fault + " has no field \"" + field + "\"");
            }
        }
    }

    /** Writes {@code links} as {@code ["n1>n2", …]} under {@code field}, unless there are none. */
    static void putLinks(ObjectNode json, String field, List<Link> links) {
        if (!links.isEmpty()) {
            ArrayNode array = json.putArray(field);
            links.forEach(link -> array.add(link.toString()));
        }
    }

    static void putNodes(ObjectNode json, String field, List<String> nodes) {
        if (!nodes.isEmpty()) {
            nodes.forEach(json.putArray(field)::add);
        }
    }
}
