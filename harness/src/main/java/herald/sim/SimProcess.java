package herald.sim;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.node.StableMemory;
import herald.node.StableStorage;
import herald.runtime.ContextChecks;
import herald.runtime.Crashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One simulated process: the node's code, the context it sees, and whether it is up. Every call
 * into the node goes through here, so that a handler that throws crashes its own process and
 * nothing else.
 */
final class SimProcess implements Context {

    final int index;
    final NodeId id;
    private final Simulation simulation;
    private final Random random;
    /** Kept across crashes. */
    private final StableStorage stable = new StableMemory();
    Node node;
    boolean crashed;
    /** Whether it comes back once no restarting crash holds it down (crash-recovery); false when down for good. */
    boolean restartable;
    /** How many restarting crash faults hold it down now. */
    int restarts;
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
        this.random = new Random(Dice.hash(seed, Dice.Purpose.NODE, index, 0, 0));
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
        Crashes.rethrowIfFatal(t);
        simulation.crash(this, Crashes.reason(t));
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
        simulation.send(this, to, ContextChecks.packet(packet, "send"));
    }

    @Override
    public void deliver(Message message) {
        simulation.deliver(this, ContextChecks.message(message));
    }

    @Override
    public long setTimer(long delayMicros, Object tag) {
        return simulation.setTimer(this, ContextChecks.delay(delayMicros), tag);
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
        return stable;
    }

    @Override
    public void log(String text) {
        simulation.log(this, text);
    }
}
