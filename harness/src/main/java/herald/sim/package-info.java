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
 * partition, lost, or delivered after a latency. Each decision is a roll of {@link
 * herald.sim.Dice} keyed by the packet's identity (its link and its number on that link), not
 * drawn from one shared stream, so removing one broadcast or one fault changes as few other
 * decisions as possible: what lets a failing scenario shrink without the failure slipping away.
 */
package herald.sim;
