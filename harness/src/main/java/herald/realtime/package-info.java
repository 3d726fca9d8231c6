/**
 * What the real-time runtimes share: the wall clock, a history recorder many threads can write,
 * a network that applies faults to packets as they travel, and a driver that starts and stops a
 * fault schedule in wall-clock time.
 *
 * <p>The simulator owns virtual time; a real-time runtime (nodes on threads, programs in other
 * languages speaking Maelstrom's protocol, nodes on real sockets) lives in the machine's time.
 * What must not differ between them is what a fault does to a packet. So
 * {@link herald.realtime.RealTimeNetwork} decides each packet's fate with the simulator's own
 * {@link herald.sim.SimNetwork}, fed wall-clock microseconds instead of virtual ones, then holds
 * the packet for its latency and hands it on; {@link herald.realtime.RealTimeInjector} applies
 * faults exactly as the simulator's injector does (record, reconfigure the network, stop or pause
 * processes), and {@link herald.realtime.WallClockNemesis} fires it at the schedule's times.
 *
 * <p>Real-time runs are not deterministic: threads and the operating system interleave as they
 * will. Their histories say {@code "clock": "wall"} and are checked like any other.
 */
package herald.realtime;
