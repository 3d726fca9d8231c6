package herald.check;

import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small histories for tests, one event per call, in the order written:
 * {@code history("n1", "n2").broadcast("n1", "a").deliver("n2", "a").end()}. Times rise by 10
 * per event; a delivery takes its origin and data from the message's broadcast unless given.
 */
public final class HistoryDsl {

    private final History.Builder builder;
    private final Map<String, Event.Broadcast> broadcasts = new HashMap<>();
    private int next;

    private HistoryDsl(Header header) {
        this.builder = History.builder(header);
    }

    public static HistoryDsl history(String... nodes) {
        return new HistoryDsl(Header.of(List.of(nodes)));
    }

    public static HistoryDsl crashRecoveryHistory(String... nodes) {
        return new HistoryDsl(Header.of(List.of(nodes)).withModel(Header.CRASH_RECOVERY));
    }

    private long time() {
        return 10L * next;
    }

    private HistoryDsl add(Event event) {
        builder.add(event);
        next++;
        return this;
    }

    /** {@code node} broadcasts {@code msg} with data {@code "d-" + msg}. */
    public HistoryDsl broadcast(String node, String msg) {
        return broadcast(node, msg, "d-" + msg);
    }

    public HistoryDsl broadcast(String node, String msg, String data) {
        Event.Broadcast b = new Event.Broadcast(next, time(), node, msg, data);
        broadcasts.put(msg, b);
        return add(b);
    }

    /** {@code node} delivers {@code msg}, with the origin and data of its broadcast. */
    public HistoryDsl deliver(String node, String msg) {
        Event.Broadcast b = broadcasts.get(msg);
        if (b == null) {
            throw new IllegalArgumentException(msg + " was not broadcast: give its origin and data");
        }
        return deliver(node, msg, b.node(), b.data());
    }

    public HistoryDsl deliver(String node, String msg, String origin, String data) {
        return add(new Event.Deliver(next, time(), node, msg, origin, data));
    }

    public HistoryDsl crash(String node) {
        return add(new Event.Crash(next, time(), node, null));
    }

    public HistoryDsl recover(String node) {
        return add(new Event.Recover(next, time(), node));
    }

    /** The nemesis starts ({@code start}) or stops a fault called {@code fault}, without detail. */
    public HistoryDsl fault(String action, String fault) {
        return add(new Event.Fault(next, time(), action, fault, null));
    }

    /** Ends the run and returns the history. */
    public History end() {
        add(new Event.End(next, time(), null));
        return builder.build();
    }

    /** The history without an end event: a run that died. */
    public History cutOff() {
        return builder.build();
    }
}
