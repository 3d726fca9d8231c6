package herald.sim;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.node.StableStorage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * One simulated process: the node's code, the context it sees, and whether it is up. Every call
 * into the node goes through here, so that a handler that throws crashes its own process and
 * nothing else.
 */
final class SimProcess implements Context, StableStorage {

    final int index;
    final NodeId id;
    private final Simulation simulation;
    private final Random random;
    private final Map<String, Object> stable = new HashMap<>();
    Node node;
    boolean crashed;
    /** Whether it crashed by a fault that restarts it at its stop (crash-recovery). */
    boolean restartable;
    /** Bumped at each crash, so that timers set before it never fire after. */
    int incarnation;
    /** How many pause faults hold it now: it takes steps only at 0. */
    int pauses;
    /** What fell due while it was paused, in order, to happen when it resumes. */
    private final List<Scheduled> held = new ArrayList<>();

    SimProcess(Simulation simulation, int index, NodeId id, Node node, long seed) {
        this.simulation = simulation;
        this.index = index;
        this.id = id;
        this.node = node;
        this.random = new Random(Dice.hash(seed, 3, index, 0, 0));
    }

    boolean paused() {
        return pauses > 0;
    }

    void hold(Scheduled item) {
        held.add(item);
    }

    /** Everything held, in order, and forgets it. */
    List<Scheduled> release() {
        List<Scheduled> due = new ArrayList<>(held);
        held.clear();
        return due;
    }

    /** Back from a crash as {@code fresh}, a new instance that has only the stable storage; init it next. */
    void restart(Node fresh) {
        node = fresh;
        crashed = false;
        restartable = false;
    }

    // Calls into the node. Each runs one handler to completion and catches what it throws.

    void init() {
        try {
            node.init(this);
        } catch (Throwable t) {
            failed(t);
        }
    }

    void broadcast(Message message) {
        try {
            node.onBroadcast(message);
        } catch (Throwable t) {
            failed(t);
        }
    }

    void receive(NodeId from, Packet packet) {
        try {
            node.onReceive(from, packet);
        } catch (Throwable t) {
            failed(t);
        }
    }

    void timer(Object tag) {
        try {
            node.onTimer(tag);
        } catch (Throwable t) {
            failed(t);
        }
    }

    void suspect(NodeId crashedNode) {
        try {
            node.onSuspect(crashedNode);
        } catch (Throwable t) {
            failed(t);
        }
    }

    private void failed(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
        simulation.crash(this, describe(t));
    }

    /** The exception and the frame that threw it, e.g. "IllegalStateException: boom at X.java:42". */
    static String describe(Throwable t) {
        StringBuilder text = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null) {
            text.append(": ").append(t.getMessage());
        }
        StackTraceElement[] frames = t.getStackTrace();
        if (frames.length > 0) {
            text.append(" at ").append(frames[0]);
        }
        return text.toString();
    }

    /** The whole stack trace, for reports. */
    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    // The Context the node sees.

    @Override
    public NodeId self() {
        return id;
    }

    @Override
    public List<NodeId> nodes() {
        return simulation.nodeIds();
    }

    @Override
    public void send(NodeId to, Packet packet) {
        if (packet == null) {
            throw new IllegalArgumentException("send of a null packet");
        }
        simulation.send(this, to, packet);
    }

    @Override
    public void deliver(Message message) {
        if (message == null) {
            throw new IllegalArgumentException("deliver of a null message");
        }
        simulation.deliver(this, message);
    }

    @Override
    public long setTimer(long delayMicros, Object tag) {
        if (delayMicros < 0) {
            throw new IllegalArgumentException("a timer cannot fire in the past (delay " + delayMicros + ")");
        }
        return simulation.setTimer(this, delayMicros, tag);
    }

    @Override
    public void cancelTimer(long handle) {
        simulation.cancelTimer(handle);
    }

    @Override
    public long now() {
        return simulation.now();
    }

    @Override
    public Random random() {
        return random;
    }

    @Override
    public StableStorage storage() {
        return this;
    }

    @Override
    public void log(String text) {
        simulation.log(this, text);
    }

    // Stable storage: kept across crashes.

    @Override
    public void store(String key, Object value) {
        stable.put(key, value);
    }

    @Override
    public <T> Optional<T> retrieve(String key, Class<T> type) {
        return Optional.ofNullable(stable.get(key)).map(type::cast);
    }
}
