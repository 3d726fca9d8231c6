package herald.history;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pen a runtime writes its history with: it numbers events 0, 1, 2, …, keeps their times
 * non-decreasing, and hands each one to the sink at once.
 */
public final class Recorder {

    private final HistorySink sink;
    private int next;
    private long lastTime;

    public Recorder(Header header, HistorySink sink) {
        this.sink = sink;
        sink.header(header);
    }

    /** How many events have been recorded. */
    public int size() {
        return next;
    }

    private long time(long t) {
        if (t < lastTime) {
            throw new IllegalStateException("time went back from " + lastTime + " to " + t);
        }
        lastTime = t;
        return t;
    }

    private <E extends Event> E emit(E event) {
        next++;
        sink.event(event);
        return event;
    }

    public Event.Broadcast broadcast(long t, String node, String msg, String data) {
        return emit(new Event.Broadcast(next, time(t), node, msg, data));
    }

    public Event.Deliver deliver(long t, String node, String msg, String origin, String data) {
        return emit(new Event.Deliver(next, time(t), node, msg, origin, data));
    }

    public Event.Crash crash(long t, String node, String reason) {
        return emit(new Event.Crash(next, time(t), node, reason));
    }

    public Event.Recover recover(long t, String node) {
        return emit(new Event.Recover(next, time(t), node));
    }

    public Event.Fault fault(long t, String action, String fault, JsonNode detail) {
        return emit(new Event.Fault(next, time(t), action, fault, detail));
    }

    public Event.Send send(long t, String node, String to, long packet, JsonNode data) {
        return emit(new Event.Send(next, time(t), node, to, packet, data));
    }

    public Event.Recv recv(long t, String node, String from, long packet) {
        return emit(new Event.Recv(next, time(t), node, from, packet));
    }

    public Event.Drop drop(long t, String node, String to, long packet, String reason) {
        return emit(new Event.Drop(next, time(t), node, to, packet, reason));
    }

    public Event.Log log(long t, String node, String text) {
        return emit(new Event.Log(next, time(t), node, text));
    }

    public Event.End end(long t, Long healedAt) {
        return emit(new Event.End(next, time(t), healedAt));
    }

    public void close() {
        sink.close();
    }
}
