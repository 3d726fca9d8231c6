/**
 * The deterministic simulator: virtual time, an in-memory network, and every random choice drawn
 * from the run's seed.
 *
 * <p>A {@link herald.sim.Simulation} keeps one queue of things due to happen (a packet arriving,
 * a timer firing, a broadcast, a fault starting or stopping), ordered by time and, at equal
 * times, by when they were queued. It takes them one at a time, runs the node's handler to
 * completion, and records what the history needs. There are no threads and no clocks, so the
 * same scenario always gives the same history, byte for byte.
 *
 * <p>{@link herald.sim.SimNetwork} decides each packet's fate in one place: dropped by a
 * partition, lost, or delivered after a latency, perhaps slowed by a delay spike or a random
 * reordering delay, perhaps duplicated. Each decision is a roll of {@link herald.sim.Dice} keyed
 * by the packet's identity (its link and its number on that link) and the decision's purpose, not
 * drawn from one shared stream, so removing one broadcast or one fault changes as few other
 * decisions as possible: what lets a failing scenario shrink without the failure slipping away.
 * On an ordered network (FIFO links) a packet never arrives before an earlier one of its link.
 *
 * <p>{@link herald.sim.SimInjector} applies the schedule: network faults reconfigure the network;
 * a crash stops a process (and, in the crash-recovery model, restarts it as a fresh node that
 * finds only its stable storage); a pause holds everything due at a process (packets, timers,
 * broadcasts) and lets it happen, in order, when the pause ends.
 */
package herald.sim;
