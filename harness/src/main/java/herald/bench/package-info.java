/**
 * Benchmarks of Herald itself ({@code herald bench}): how many packets per second the simulator
 * moves, how fast the checkers judge a large history compared with merely reading it, and how
 * fast packets cross real sockets.
 */
package herald.bench;
