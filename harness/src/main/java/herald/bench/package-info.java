/**
 * Benchmarks of Herald itself ({@code herald bench}): how many packets per second the simulator
 * moves, and how fast the checkers judge a large history compared with merely reading it.
 */
package herald.bench;
