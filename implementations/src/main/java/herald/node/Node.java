package herald.node;

import herald.history.NodeId;

/**
 * One process of a broadcast protocol.
 *
 * <p>The runtime calls these methods one at a time, never concurrently, each to completion. A
 * node's duties:
 *
 * <ul>
 *   <li>Be deterministic: use only what the {@link Context} gives. No threads, no blocking, no
 *       clocks ({@link Context#now()} is the time), no randomness but {@link Context#random()},
 *       no iteration over hash-ordered collections where the order changes what you send.
 *   <li>Treat packets as values: never mutate one after sending it or after receiving it.
 *   <li>Return quickly. A handler that throws crashes its node (a {@code crash} event records why);
 *       one that never returns is stopped by the runtime.
 * </ul>
 *
 * <p>The runtime creates one instance per process (and a fresh one when a process recovers in the
 * crash-recovery model, which finds only what it put in {@link Context#storage()}).
 */
public interface Node {

    /** Called once, before anything else, with the context for the node's whole life. */
    void init(Context context);

    /** The application asks this node to broadcast {@code message} to the group. */
    void onBroadcast(Message message);

    /** A packet from {@code from} arrived over the (unreliable) network. */
    void onReceive(NodeId from, Packet packet);

    /** A timer set with {@link Context#setTimer} fired; {@code tag} is what was passed to it. */
    default void onTimer(Object tag) {
    }

    /**
     * The perfect failure detector suspects {@code node}: it has crashed, and will never take
     * another step. The runtimes that know who crashed (the simulator, the sockets runtime) tell
     * every live node, 50 ms after the crash, and never of a live node; a protocol that does not
     * use a failure detector (most do not) leaves this empty.
     */
    default void onSuspect(NodeId node) {
    }
}
