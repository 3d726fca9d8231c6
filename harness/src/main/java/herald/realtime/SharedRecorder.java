package herald.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Recorder;

/**
 * A {@link Recorder} that many threads share. Each event takes its time from the wall clock while
 * holding the lock, so times never go back and indices follow the order of recording; each line is
 * flushed before the lock is released, as every history is.
 */
public final class SharedRecorder {

    private final Recorder recorder;
    private final WallClock clock;

    public SharedRecorder(Recorder recorder, WallClock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    public WallClock clock() {
        return clock;
    }

    public synchronized void broadcast(String node, String msg, String data) {
        recorder.broadcast(clock.now(), node, msg, data);
    }

    public synchronized void deliver(String node, String msg, String origin, String data) {
        recorder.deliver(clock.now(), node, msg, origin, data);
    }

    public synchronized void crash(String node, String reason) {
        recorder.crash(clock.now(), node, reason);
    }

    public synchronized void recover(String node) {
        recorder.recover(clock.now(), node);
    }

    public synchronized void fault(String action, String fault, JsonNode detail) {
        recorder.fault(clock.now(), action, fault, detail);
    }

    public synchronized void send(String node, String to, long packet, JsonNode data) {
        recorder.send(clock.now(), node, to, packet, data);
    }

    public synchronized void recv(String node, String from, long packet) {
        recorder.recv(clock.now(), node, from, packet);
    }

    public synchronized void drop(String node, String to, long packet, String reason) {
        recorder.drop(clock.now(), node, to, packet, reason);
    }

    public synchronized void log(String node, String text) {
        recorder.log(clock.now(), node, text);
    }

    /** Records {@code end} at the current time, with when the last fault stopped. */
    public synchronized void end(Long healedAt) {
        recorder.end(clock.now(), healedAt);
    }

    /** How many events have been recorded. */
    public synchronized int size() {
        return recorder.size();
    }

    public synchronized void close() {
        recorder.close();
    }
}
