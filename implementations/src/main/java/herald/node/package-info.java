/**
 * The Node API: what every protocol is written against, and all a protocol may touch.
 *
 * <p>A protocol is a {@link herald.node.Node}: a handful of callbacks that a runtime calls one at
 * a time. The runtime hands it a {@link herald.node.Context} with everything it may use: its own
 * id and the group, an unreliable {@code send}, {@code deliver} to the application, timers, the
 * time, a seeded {@code Random}, stable storage and a log. A node owns no threads, reads no clock
 * and draws no randomness of its own; that is what lets the deterministic simulator replay any
 * run from its seed, and lets the very same class run over real sockets.
 *
 * <p>What crosses the network is a {@link herald.node.Packet}: an immutable record, so that it
 * can be passed as an object in simulation and as JSON between processes.
 *
 * <p>A node with settings (a gossip node's topology and fanout) may say so by being
 * {@link herald.node.Configured}: the runtime writes its settings into the history's header.
 */
package herald.node;
