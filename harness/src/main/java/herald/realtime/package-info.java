/**
 * What the real-time runtimes share: the wall clock, a history recorder many threads can write,
 * a network that applies faults to packets as they travel, a driver that starts and stops a fault
 * schedule in wall-clock time, and the course every real-time run follows.
 *
 * <p>The simulator owns virtual time; a real-time runtime (nodes on real sockets, programs in
 * other languages speaking Maelstrom's protocol) lives in the machine's time. What must not differ
 * between them is what a fault does. So {@link herald.realtime.RealTimeNetwork} decides each
 * packet's fate with the simulator's own {@link herald.sim.SimNetwork}, fed wall-clock
 * microseconds instead of virtual ones, then hands packets over in the order of their arrival
 * times and ids, as the simulator's event queue does; {@link herald.realtime.RealTimeInjector}
 * applies faults exactly as the simulator's injector does, and keeps, in one place for every
 * real-time runtime, what the simulator's processes keep (who is down, for good or until a
 * restart, how many pauses hold whom); the runtimes only act on their processes
 * ({@link herald.realtime.ProcessControl}). {@link herald.realtime.WallClockNemesis} fires the
 * schedule at its times, and {@link herald.realtime.RealTimeRun} is the course of a run: nodes
 * start, faults and workload play, the heal, the quiet period, an idle network, {@code end}.
 *
 * <p>A real-time run depends on things a simulation does not: a firewall, a proxy, threads. When
 * one of them fails, the history no longer says what happened under the schedule, so the run
 * stops as {@link herald.realtime.Inconclusive}, saying what failed; a background thread never
 * fails silently ({@link herald.realtime.FirstFailure}).
 *
 * <p>Real-time runs are not deterministic: threads and the operating system interleave as they
 * will. Their histories say {@code "clock": "wall"} and are checked like any other.
 */
package herald.realtime;
