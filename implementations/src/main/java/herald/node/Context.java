package herald.node;

import herald.history.NodeId;
import java.util.List;
import java.util.Random;

/**
 * Everything a {@link Node} may use, given by the runtime that runs it.
 *
 * <p>Times are in microseconds since the run started: virtual in simulation, from the wall clock
 * on a real network.
 */
public interface Context {

    /** This node's id. */
    NodeId self();

    /** Every process of the group, this one included, in a fixed order. */
    List<NodeId> nodes();

    /**
     * Sends a packet to one process over a fair-loss link: it may be lost, duplicated, delayed
     * and reordered, but a packet sent infinitely often to a correct process arrives infinitely
     * often. A packet a node sends to itself always arrives.
     */
    void send(NodeId to, Packet packet);

    /** Delivers {@code message} to this node's application: the event checkers judge. */
    void deliver(Message message);

    /**
     * Calls {@link Node#onTimer} with {@code tag} after {@code delayMicros}.
     *
     * @return a handle for {@link #cancelTimer}
     */
    long setTimer(long delayMicros, Object tag);

    /** Cancels a timer that has not fired yet; does nothing otherwise. */
    void cancelTimer(long handle);

    /** The time, in microseconds since the run started. */
    long now();

    /** This node's random numbers, seeded by the runtime so that a run can be replayed. */
    Random random();

    /** What survives a crash in the crash-recovery model. */
    StableStorage storage();

    /** A line for people reading the history; checkers ignore it. */
    void log(String text);

    /** Microseconds in {@code millis} milliseconds. */
    static long millis(long millis) {
        return millis * 1000;
    }
}
