package herald.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Event;
import herald.history.History;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fault from the event that started it to the one that stopped it, with a label for people:
 * {@code partition n1 n2 | n3}, {@code loss 30%}, {@code crash n2}.
 *
 * <p>A history's {@code stop} event names the fault but not which start it ends, so a stop ends
 * the oldest open start of the same fault, the order in which a nemesis schedule applies them.
 *
 * @param start the index of the {@code fault} start event
 * @param stop the index of its stop event, or -1 when the history ends with the fault still on
 * @param fault the fault's name, e.g. {@code partition}
 * @param detail the start event's detail, or null
 */
public record FaultInterval(int start, int stop, String fault, JsonNode detail) {

    /** Every fault of the history, in the order they started. */
    public static List<FaultInterval> of(History history) {
        List<FaultInterval> intervals = new ArrayList<>();
        Map<String, Deque<Integer>> open = new LinkedHashMap<>();
        List<Event> events = history.events();
        int[] stops = new int[events.size()];
        for (Event event : events) {
            if (!(event instanceof Event.Fault f)) {
                continue;
            }
            Deque<Integer> waiting = open.computeIfAbsent(f.fault(), name -> new ArrayDeque<>());
            if (f.isStart()) {
                waiting.addLast(f.i());
                stops[f.i()] = -1;
            } else if (!waiting.isEmpty()) {
                stops[waiting.removeFirst()] = f.i();
            }
        }
        for (Event event : events) {
            if (event instanceof Event.Fault f && f.isStart()) {
                intervals.add(new FaultInterval(f.i(), stops[f.i()], f.fault(), f.detail()));
            }
        }
        return intervals;
    }

    /** The partition's groups, or an empty list for any other fault. */
    public List<List<String>> groups() {
        List<List<String>> groups = new ArrayList<>();
        JsonNode array = detail == null ? null : detail.get("groups");
        if (array != null && array.isArray()) {
            for (JsonNode group : array) {
                List<String> names = new ArrayList<>();
                group.forEach(n -> names.add(n.asText()));
                groups.add(names);
            }
        }
        return groups;
    }

    /** What the fault was, in a few words. */
    public String label() {
        if (!groups().isEmpty()) {
            StringBuilder text = new StringBuilder(fault);
            String sep = " ";
            for (List<String> group : groups()) {
                text.append(sep).append(String.join(" ", group));
                sep = " | ";
            }
            return text.toString();
        }
        if (detail != null && detail.has("p")) {
            return fault + " " + percent(detail.get("p").asDouble());
        }
        if (detail != null && detail.has("nodes") && detail.get("nodes").isArray()) {
            List<String> nodes = new ArrayList<>();
            detail.get("nodes").forEach(n -> nodes.add(n.asText()));
            return fault + " " + String.join(" ", nodes);
        }
        return detail == null || detail.isEmpty() ? fault : fault + " " + detail;
    }

    private static String percent(double p) {
        double pct = p * 100;
        return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.format(Locale.ROOT, "%.1f", pct)) + "%";
    }
}
