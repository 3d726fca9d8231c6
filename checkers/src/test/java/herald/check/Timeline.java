package herald.check;

import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A history written by hand for a test, one event per call, numbered #0, #1, … in the order of
 * the calls:
 *
 * <pre>
 * History h = Timeline.of("p", "q", "r")
 *         .broadcast("p", "a")     // #0
 *         .deliver("q", "a")       // #1: origin p, as broadcast
 *         .crash("r")              // #2
 *         .history();
 * </pre>
 *
 * A delivery names the message's broadcaster as its origin and carries the broadcast's data, so
 * only the property under test can fail.
 */
public final class Timeline {

    private final History.Builder builder;
    private final Map<String, String> origins = new HashMap<>();
    private int next;

    private Timeline(List<String> nodes) {
        builder = History.builder(Header.of(nodes));
    }

    public static Timeline of(String... nodes) {
        return new Timeline(List.of(nodes));
    }

    /** {@code node} broadcasts {@code msg}. */
    public Timeline broadcast(String node, String msg) {
        origins.put(msg, node);
        return add(new Event.Broadcast(next, next, node, msg, msg));
    }

    /** {@code node} delivers each of {@code msgs}, in that order, each from its broadcaster. */
    public Timeline deliver(String node, String... msgs) {
        for (String msg : msgs) {
            String origin = origins.getOrDefault(msg, node);
            add(new Event.Deliver(next, next, node, msg, origin, msg));
        }
        return this;
    }

    /** {@code node} crashes. */
    public Timeline crash(String node) {
        return add(new Event.Crash(next, next, node, null));
    }

    /** The run ends. */
    public Timeline end() {
        return add(new Event.End(next, next, null));
    }

    /** The index the next event will get. */
    public int next() {
        return next;
    }

    public History history() {
        return builder.build();
    }

    private Timeline add(Event event) {
        builder.add(event);
        next++;
        return this;
    }
}
