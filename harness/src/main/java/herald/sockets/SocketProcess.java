package herald.sockets;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Multicast;
import herald.node.Node;
import herald.node.Packet;
import herald.node.StableStorage;
import herald.runtime.ContextChecks;
import herald.runtime.Crashes;
import herald.sim.Dice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One process of a sockets run: the node's code on a thread of its own, and the context it sees.
 *
 * <p>Everything the node does happens on that thread, one step at a time, as the Node API
 * promises: a packet from the socket, a timer, a broadcast, a suspicion. Timers are real, on the
 * same thread. A crash stops the thread; a pause holds every step until the node resumes. Nothing
 * happens before {@code init}: what comes before {@link #start} waits, in order, behind it.
 */
final class SocketProcess implements Context, Multicast {

    final int index;
    final NodeId id;
    private final SocketRuntime runtime;
    private final Node node;
    private final Random random;
    private final StableStorage storage;
    private final ScheduledThreadPoolExecutor thread;
    private volatile boolean crashed;
    // Touched only on the node's thread.
    private boolean started;
    private boolean paused;
    private final List<Runnable> held = new ArrayList<>();
    private final Map<Long, ScheduledFuture<?>> timers = new HashMap<>();
    private long nextTimer;

    /**
     * @param paused whether a pause fault holds it from the start: it takes no step, not even
     *     {@code init}, until {@link #resume}
     */
    SocketProcess(SocketRuntime runtime, int index, NodeId id, Node node, long seed, int incarnation,
            StableStorage storage, boolean paused) {
        this.runtime = runtime;
        this.index = index;
        this.id = id;
        this.node = node;
        this.random = new Random(Dice.hash(seed, Dice.Purpose.NODE, index, incarnation, 0));
        this.storage = storage;
        this.paused = paused;
        this.thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "herald-" + id.name());
            t.setDaemon(true);
            return t;
        });
        this.thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Lets it take steps: {@code init} first, then whatever waited for it. */
    void start() {
        submit(() -> {
            held.add(0, () -> node.init(this));
            started = true;
            release();
        });
    }

    void broadcast(Message message) {
        step(() -> {
            runtime.recorder().broadcast(id.name(), message.id(), message.data());
            node.onBroadcast(message);
        });
    }

    void receive(NodeId from, Packet packet) {
        step(() -> node.onReceive(from, packet));
    }

    void suspect(NodeId crashedNode) {
        step(() -> node.onSuspect(crashedNode));
    }

    void pause() {
        submit(() -> paused = true);
    }

    void resume() {
        submit(() -> {
            paused = false;
            release();
        });
    }

    /** Takes, in order, the steps that waited, unless it still has to wait. */
    private void release() {
        if (started && !paused) {
            List<Runnable> due = new ArrayList<>(held);
            held.clear();
            due.forEach(this::run);
        }
    }

    /** Stops the thread: no more steps, timers die, what waited is lost. */
    void crash() {
        crashed = true;
        thread.shutdownNow();
    }

    boolean crashed() {
        return crashed;
    }

    /** Waits for the step under way, if any, to finish (for a second at most; at once when interrupted). */
    void awaitStopped() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void step(Runnable step) {
        submit(() -> run(step));
    }

    private void submit(Runnable task) {
        try {
            thread.execute(task);
        } catch (RejectedExecutionException down) {
            // The process crashed: it takes no more steps.
        }
    }

    /**
     * Runs one step on the node's thread: held before the start and while paused, never once
     * crashed or the run is over.
     */
    private void run(Runnable step) {
        if (crashed || runtime.over()) {
            return;
        }
        if (!started || paused) {
            held.add(step);
            return;
        }
        runtime.stepped();
        try {
            step.run();
        } catch (Throwable t) {
            Crashes.rethrowIfFatal(t);
            runtime.failed(this, t);
        }
    }

    // The Context the node sees.

    @Override
    public NodeId self() {
        return id;
    }

    @Override
    public List<NodeId> nodes() {
        return runtime.nodeIds();
    }

    @Override
    public void send(NodeId to, Packet packet) {
        runtime.send(this, to, ContextChecks.packet(packet, "send"));
    }

    @Override
    public void multicast(Packet packet) {
        runtime.multicast(this, ContextChecks.packet(packet, "multicast"));
    }

    @Override
    public void deliver(Message message) {
        ContextChecks.message(message);
        runtime.recorder().deliver(id.name(), message.id(), message.origin().name(), message.data());
    }

    @Override
    public long setTimer(long delayMicros, Object tag) {
        ContextChecks.delay(delayMicros);
        long handle = nextTimer++;
        try {
            timers.put(handle, thread.schedule(() -> {
                timers.remove(handle);
                run(() -> node.onTimer(tag));
            }, delayMicros, TimeUnit.MICROSECONDS));
        } catch (RejectedExecutionException down) {
            // The process crashed while setting it: it will never fire.
        }
        return handle;
    }

    @Override
    public void cancelTimer(long handle) {
        ScheduledFuture<?> timer = timers.remove(handle);
        if (timer != null) {
            timer.cancel(false);
        }
    }

    @Override
    public long now() {
        return runtime.recorder().clock().now();
    }

    @Override
    public Random random() {
        return random;
    }

    @Override
    public StableStorage storage() {
        return storage;
    }

    @Override
    public void log(String text) {
        runtime.recorder().log(id.name(), text);
    }
}
