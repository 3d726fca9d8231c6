package herald.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Line 1 of a history, checked: the header's type and format, its nodes (printable, each once),
 * its failure model and time unit. Every other field is the run's provenance.
 */
final class HeaderLine {

    private HeaderLine() {
    }

    /**
     * The header the line {@code raw} holds.
     *
     * @throws IllegalArgumentException saying what is wrong, for the reader to report with the line
     */
    static Header parse(ObjectNode raw) {
        JsonNode type = raw.get("type");
        if (type == null || !"header".equals(type.asText())) {
            throw new IllegalArgumentException("the first line must be the header ({\"type\":\"header\",…}), found "
                    + (type == null ? "a line without a type" : "a " + type + " event"));
        }
        JsonNode format = raw.get("format");
        if (format == null) {
            throw new IllegalArgumentException("the header has no \"format\" (expected \"" + Header.FORMAT + "\")");
        }
        if (!Header.FORMAT.equals(format.asText())) {
            throw new IllegalArgumentException("unsupported format " + format + " (this reader knows \"" + Header.FORMAT + "\")");
        }
        JsonNode nodes = raw.get("nodes");
        if (nodes == null || !nodes.isArray() || nodes.isEmpty()) {
            throw new IllegalArgumentException("the header must list its nodes: \"nodes\": [\"n1\", …]");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : nodes) {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw new IllegalArgumentException("every header node must be a non-empty string, found " + node);
            }
            if (!printable(node.asText())) {
                throw new IllegalArgumentException("a node name must be printable, without control characters, found " + node);
            }
            if (!seen.add(node.asText())) {
                throw new IllegalArgumentException("the header names node " + node.asText() + " twice");
            }
            names.add(node.asText());
        }
        String model = text(raw, "model", Header.CRASH_STOP);
        if (!model.equals(Header.CRASH_STOP) && !model.equals(Header.CRASH_RECOVERY)) {
            throw new IllegalArgumentException("unknown model \"" + model + "\" (expected crash-stop or crash-recovery)");
        }
        String clock = text(raw, "clock", null);
        String unit = text(raw, "time_unit", "us");
        if (!List.of("ns", "us", "ms", "s").contains(unit)) {
            throw new IllegalArgumentException("unknown time_unit \"" + unit + "\" (known: ns, us, ms, s)");
        }
        ObjectNode provenance = raw.deepCopy();
        provenance.remove(List.of("type", "format", "nodes", "model", "clock", "time_unit"));
        return new Header(names, model, clock, unit, provenance);
    }

    /** A field Herald reads as a name: a string, when it is there. */
    private static String text(ObjectNode raw, String field, String otherwise) {
        JsonNode value = raw.get(field);
        if (value == null || value.isNull()) {
            return otherwise;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("the header's \"" + field + "\" must be a string, found " + value);
        }
        return value.asText();
    }



    /** No control characters: names and ids are printed in sentences and on terminals. */
    static boolean printable(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isISOControl(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
