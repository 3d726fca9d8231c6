package herald.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Recorder;
import java.util.function.LongConsumer;

/**
 * A {@link Recorder} that many threads share. Each event takes its time from the wall clock while
 * holding the lock, so times never go back and indices follow the order of recording; each line is
 * flushed before the lock is released, as every history is.
 *
 * <p>Once {@link #end} is recorded, later events are ignored: a thread of the run that was still
 * finishing a step cannot write past the end of the history.
 */
public final class SharedRecorder {

    private final Recorder recorder;
    private final WallClock clock;
    private boolean ended;

    public SharedRecorder(Recorder recorder, WallClock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    public WallClock clock() {
        return clock;
    }

    /** Records one event at the current time, unless the history has ended. */
    private synchronized void record(LongConsumer event) {
        if (!ended) {
            event.accept(clock.now());
        }
    }

    public void broadcast(String node, String msg, String data) {
        record(t -> recorder.broadcast(t, node, msg, data));
    }

    public void deliver(String node, String msg, String origin, String data) {
        record(t -> recorder.deliver(t, node, msg, origin, data));
    }

    public void crash(String node, String reason) {
        record(t -> recorder.crash(t, node, reason));
    }

    public void recover(String node) {
        record(t -> recorder.recover(t, node));
    }

    public void fault(String action, String fault, JsonNode detail) {
        record(t -> recorder.fault(t, action, fault, detail));
    }

    public void send(String node, String to, long packet, JsonNode data) {
        record(t -> recorder.send(t, node, to, packet, data));
    }

    public void recv(String node, String from, long packet) {
        record(t -> recorder.recv(t, node, from, packet));
    }

    public void drop(String node, String to, long packet, String reason) {
        record(t -> recorder.drop(t, node, to, packet, reason));
    }

    public void log(String node, String text) {
        record(t -> recorder.log(t, node, text));
    }

    /** Records {@code end} at the current time, with when the last fault stopped; nothing after it. */
    public synchronized void end(Long healedAt) {
        if (!ended) {
            recorder.end(clock.now(), healedAt);
            ended = true;
        }
    }

    /** How many events have been recorded. */
    public synchronized int size() {
        return recorder.size();
    }

    public synchronized void close() {
        recorder.close();
    }
}
