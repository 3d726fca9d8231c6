package herald.sockets;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Multicast;
import herald.node.Node;
import herald.node.Packet;
import herald.node.StableStorage;
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
 * same thread. A crash stops the thread; a pause holds every step until the node resumes.
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
    private int pauses;
    private final List<Runnable> held = new ArrayList<>();
    private final Map<Long, ScheduledFuture<?>> timers = new HashMap<>();
    private long nextTimer;

    SocketProcess(SocketRuntime runtime, int index, NodeId id, Node node, long seed, int incarnation,
            StableStorage storage) {
        this.runtime = runtime;
        this.index = index;
        this.id = id;
        this.node = node;
        this.random = new Random(Dice.hash(seed, 3, index, incarnation, 0));
        this.storage = storage;
        this.thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "herald-" + id.name());
            t.setDaemon(true);
            return t;
        });
        this.thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void start() {
        step(() -> node.init(this));
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
        submit(() -> pauses++);
    }

    void resume() {
        submit(() -> {
            pauses--;
            if (pauses == 0) {
                List<Runnable> due = new ArrayList<>(held);
                held.clear();
                due.forEach(this::run);
            }
        });
    }

    /** Stops the thread: no more steps, timers die, what waited is lost. */
    void crash() {
        crashed = true;
        thread.shutdownNow();
    }

    boolean crashed() {
        return crashed;
    }

    /** Waits for the step under way, if any, to finish. */
    void awaitStopped() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(1, TimeUnit.SECONDS);
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

    /** Runs one step on the node's thread: held while paused, never once crashed or the run is over. */
    private void run(Runnable step) {
        if (crashed || runtime.over()) {
            return;
        }
        if (pauses > 0) {
            held.add(step);
            return;
        }
        runtime.stepped();
        try {
            step.run();
        } catch (Throwable t) {
            if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
                throw (VirtualMachineError) t;
            }
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
        if (packet == null) {
            throw new IllegalArgumentException("send of a null packet");
        }
        runtime.send(this, to, packet);
    }

    @Override
    public void multicast(Packet packet) {
        if (packet == null) {
            throw new IllegalArgumentException("multicast of a null packet");
        }
        runtime.multicast(this, packet);
    }

    @Override
    public void deliver(Message message) {
        if (message == null) {
            throw new IllegalArgumentException("deliver of a null message");
        }
        runtime.recorder().deliver(id.name(), message.id(), message.origin().name(), message.data());
    }

    @Override
    public long setTimer(long delayMicros, Object tag) {
        if (delayMicros < 0) {
            throw new IllegalArgumentException("a timer cannot fire in the past (delay " + delayMicros + ")");
        }
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
