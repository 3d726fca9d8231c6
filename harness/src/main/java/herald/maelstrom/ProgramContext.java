package herald.maelstrom;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Packet;
import herald.node.StableMemory;
import herald.node.StableStorage;
import herald.runtime.ContextChecks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The {@link Context} a protocol sees inside {@code herald node}: the group from {@code init},
 * packets to other nodes on stdout, time from the machine's clock, timers on a timer thread that
 * hands each firing to the node's own thread. A packet to itself never goes out: it is handed to
 * the node right after the current call, before anything else, so it always arrives, as the Node
 * API promises.
 */
final class ProgramContext implements Context {

    private final NodeProgram program;
    private final NodeId self;
    private final List<NodeId> group;
    private final Random random;
    private final String reportTo;
    private final long origin = System.nanoTime();
    private final ScheduledThreadPoolExecutor timers;
    private final Map<Long, ScheduledFuture<?>> pending = new HashMap<>();
    private final StableMemory stable = new StableMemory();
    private long nextTimer;

    ProgramContext(NodeProgram program, NodeId self, List<NodeId> group, long seed, String reportTo) {
        this.program = program;
        this.self = self;
        this.group = List.copyOf(group);
        this.random = new Random(seed * 1_000_003L + group.indexOf(self));
        this.reportTo = reportTo;
        this.timers = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "herald-node-timers");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public NodeId self() {
        return self;
    }

    @Override
    public List<NodeId> nodes() {
        return group;
    }

    @Override
    public void send(NodeId to, Packet packet) {
        ContextChecks.packet(packet, "send");
        ContextChecks.destination(to, group.indexOf(to), group);
        if (to.equals(self)) {
            program.postLocal(() -> program.step(() -> program.receive(self, packet)));
        } else {
            program.send(to, packet);
        }
    }

    @Override
    public void deliver(Message message) {
        program.delivered(ContextChecks.message(message), reportTo);
    }

    @Override
    public long setTimer(long delayMicros, Object tag) {
        ContextChecks.delay(delayMicros);
        long handle = nextTimer++;
        pending.put(handle, timers.schedule(() -> program.post(() -> fire(handle, tag)), delayMicros,
                TimeUnit.MICROSECONDS));
        return handle;
    }

    private void fire(long handle, Object tag) {
        if (pending.remove(handle) != null) {
            program.step(() -> program.timer(tag));
        }
    }

    @Override
    public void cancelTimer(long handle) {
        ScheduledFuture<?> timer = pending.remove(handle);
        if (timer != null) {
            timer.cancel(false);
        }
    }

    @Override
    public long now() {
        return (System.nanoTime() - origin) / 1_000;
    }

    @Override
    public Random random() {
        return random;
    }

    @Override
    public StableStorage storage() {
        return stable;
    }

    @Override
    public void log(String text) {
        program.log(text);
    }

    void close() {
        timers.shutdownNow();
    }
}
