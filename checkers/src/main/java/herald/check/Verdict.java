package herald.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;

/**
 * The result of checking a history against a spec: every property with whether it held, and for
 * each violated one its count and first violations.
 *
 * @param spec the spec's name
 * @param outcomes one per property of the spec, in the spec's order
 * @param warnings what the reader tolerated or the checkers could not judge fully
 */
public record Verdict(String spec, List<Outcome> outcomes, List<String> warnings) {

    public Verdict {
        outcomes = List.copyOf(outcomes);
        warnings = List.copyOf(warnings);
    }

    public boolean valid() {
        return outcomes.stream().allMatch(Outcome::valid);
    }

    /** The properties that did not hold, in the spec's order. */
    public List<Outcome> violated() {
        return outcomes.stream().filter(o -> !o.valid()).toList();
    }

    /** The first violation of the first violated property, or null. */
    public Violation firstViolation() {
        return violated().isEmpty() ? null : violated().get(0).first();
    }

    /** The outcome of one property, or null when the spec does not check it. */
    public Outcome outcome(String property) {
        return outcomes.stream().filter(o -> o.property().equals(property)).findFirst().orElse(null);
    }

    /**
     * The verdict as {@code herald check --json} prints it: {@code {"valid", "spec",
     * "properties": {name: {"valid", "violations", "first", "examples", "notes"?}}, "warnings"}}; a property's
     * {@code notes} appear only when its checker reported some.
     */
    public ObjectNode toJson() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("valid", valid());
        json.put("spec", spec);
        ObjectNode properties = json.putObject("properties");
        for (Outcome outcome : outcomes) {
            ObjectNode property = properties.putObject(outcome.property());
            property.put("valid", outcome.valid());
            property.put("violations", outcome.count());
            Violation first = outcome.first();
            if (first == null) {
                property.putNull("first");
            } else {
                property.put("first", first.sentence());
            }
            ArrayNode examples = property.putArray("examples");
            for (Violation v : outcome.examples()) {
                ObjectNode example = examples.addObject();
                example.put("sentence", v.sentence());
                v.nodes().forEach(example.putArray("nodes")::add);
                v.messages().forEach(example.putArray("messages")::add);
                v.events().forEach(example.putArray("events")::add);
            }
            if (!outcome.notes().isEmpty()) {
                outcome.notes().forEach(property.putArray("notes")::add);
            }
        }
        ArrayNode warned = json.putArray("warnings");
        warnings.forEach(warned::add);
        return json;
    }

    /** The verdict for people: a headline, then one line per property and its first violations. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        List<Outcome> violated = violated();
        text.append(spec).append(": ").append(valid() ? "valid" : "INVALID, " + violated.size() + " of "
                + outcomes.size() + " properties violated").append('\n');
        int width = outcomes.stream().mapToInt(o -> o.property().length()).max().orElse(0);
        for (Outcome outcome : outcomes) {
            text.append("  ").append(pad(outcome.property(), width)).append("  ");
            if (outcome.valid()) {
                text.append("ok\n");
                notes(text, outcome);
                continue;
            }
            text.append("VIOLATED ").append(outcome.count()).append(outcome.count() == 1 ? " time\n" : " times\n");
            int shown = Math.min(3, outcome.examples().size());
            for (int k = 0; k < shown; k++) {
                text.append("    ").append(outcome.examples().get(k).sentence()).append('\n');
            }
            if (outcome.count() > shown) {
                text.append("    … and ").append(outcome.count() - shown).append(" more\n");
            }
            notes(text, outcome);
        }
        for (String warning : warnings) {
            text.append("  warning: ").append(warning).append('\n');
        }
        return text.toString();
    }

    private static void notes(StringBuilder text, Outcome outcome) {
        for (String note : outcome.notes()) {
            text.append("    note: ").append(note).append('\n');
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
