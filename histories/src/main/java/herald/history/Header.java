package herald.history;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * Line 1 of a history: the group, the failure model, the clock and the run's provenance.
 *
 * @param nodes every process of the group, in a fixed order
 * @param model {@code crash-stop} or {@code crash-recovery}
 * @param clock {@code virtual} (simulation) or {@code wall} (real time); may be null
 * @param timeUnit the unit of every event's {@code t}
 * @param provenance every other field (protocol, spec, seed, nemesis, command line, …), in the
 *     order written
 */
public record Header(List<String> nodes, String model, String clock, String timeUnit, ObjectNode provenance) {

    public static final String FORMAT = "herald-history/1";
    public static final String CRASH_STOP = "crash-stop";
    public static final String CRASH_RECOVERY = "crash-recovery";

    public Header {
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeUnit, "timeUnit");
        provenance = provenance == null ? JsonNodeFactory.instance.objectNode() : provenance.deepCopy();
    }

    /** A crash-stop header with the given nodes, a virtual clock in microseconds, no provenance. */
    public static Header of(List<String> nodes) {
        return new Header(nodes, CRASH_STOP, "virtual", "us", null);
    }

    public Header withModel(String newModel) {
        return new Header(nodes, newModel, clock, timeUnit, provenance);
    }

    public Header withClock(String newClock) {
        return new Header(nodes, model, newClock, timeUnit, provenance);
    }

    /** This header with one more provenance field (a string, number, boolean or JSON tree). */
    public Header with(String field, Object value) {
        ObjectNode more = provenance.deepCopy();
        more.set(field, Json.MAPPER.valueToTree(value));
        return new Header(nodes, model, clock, timeUnit, more);
    }

    /** A provenance field as text (an object or array as its JSON), or null. */
    public String text(String field) {
        var value = provenance.get(field);
        return value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
    }

    public boolean crashRecovery() {
        return CRASH_RECOVERY.equals(model);
    }
}
