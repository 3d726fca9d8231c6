/**
 * The sockets runtime: the same nodes as the simulator's, each on its own thread with a real
 * socket on loopback, packets as JSON, wall-clock time and real timers.
 *
 * <p>A simulated run proves what a protocol does in Herald's model of a network; a sockets run
 * shows it doing the same on the machine's own network stack. The schedule's faults are applied by
 * a fault layer at the socket (Herald's packet-fate model, {@link herald.realtime.RealTimeNetwork},
 * in wall-clock time), or, on another {@link herald.sockets.Network}, by the kernel's firewall
 * between network namespaces ({@code herald.kernel}) or by Toxiproxy ({@code herald.toxiproxy}).
 * Protocols that multicast ({@link herald.node.Multicast.Member}) get a real IP multicast group on
 * loopback ({@link herald.sockets.MulticastGroup}).
 *
 * <p>A sockets run is not deterministic: the threads and the kernel interleave as they will. Its
 * history says {@code "clock": "wall"} and is checked like any other.
 */
package herald.sockets;
