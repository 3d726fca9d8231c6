package herald.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Recorder;

/**
 * A {@link Recorder} that many threads share. Each event takes its time from the wall clock while
 * holding the lock, so times never go back and indices follow the order of recording; each line is
 * flushed before the lock is released, as every history is. Once {@code end} is recorded nothing
 * more is: a thread that reports something late (a packet still in flight, a process's last line)
 * finds the history closed, and {@code end} stays its last line.
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

    public synchronized void broadcast(String node, String msg, String data) {
        if (ended) {
            return;
        }
        recorder.broadcast(clock.now(), node, msg, data);
    }

    public synchronized void deliver(String node, String msg, String origin, String data) {
        if (ended) {
            return;
        }
        recorder.deliver(clock.now(), node, msg, origin, data);
    }

    public synchronized void crash(String node, String reason) {
        if (ended) {
            return;
        }
        recorder.crash(clock.now(), node, reason);
    }

    public synchronized void recover(String node) {
        if (ended) {
            return;
        }
        recorder.recover(clock.now(), node);
    }

    public synchronized void fault(String action, String fault, JsonNode detail) {
        if (ended) {
            return;
        }
        recorder.fault(clock.now(), action, fault, detail);
    }

    public synchronized void send(String node, String to, long packet, JsonNode data) {
        if (ended) {
            return;
        }
        recorder.send(clock.now(), node, to, packet, data);
    }

    public synchronized void recv(String node, String from, long packet) {
        if (ended) {
            return;
        }
        recorder.recv(clock.now(), node, from, packet);
    }

    public synchronized void drop(String node, String to, long packet, String reason) {
        if (ended) {
            return;
        }
        recorder.drop(clock.now(), node, to, packet, reason);
    }

    public synchronized void log(String node, String text) {
        if (ended) {
            return;
        }
        recorder.log(clock.now(), node, text);
    }

    /** Records {@code end} at the current time, with when the last fault stopped. */
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
