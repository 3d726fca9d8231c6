/**
 * Synchronous rounds: a runtime in which time advances one round at a time and every exchange a
 * round starts finishes within it, the model in which the classic gossip results count rounds.
 *
 * <p>The {@link herald.rounds.RoundEngine} drives the same {@link herald.node.Node} classes as the
 * simulator, but with no latency and no history, only counts: it exists to measure, fast, what
 * the simulator would show slowly (10,000 nodes, 100 runs, in seconds). A {@link
 * herald.rounds.Spread} is what one run saw of one rumor, round by round.
 */
package herald.rounds;
