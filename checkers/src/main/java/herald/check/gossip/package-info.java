/**
 * The gossip properties (Demers et al. 1987): convergence, and rumor mongering's residue.
 *
 * <p>Gossip is judged like broadcast, since a rumor is a broadcast and learning it is a delivery:
 * no duplication and no creation carry over as they are. What changes is the liveness promise.
 * Anti-entropy <em>converges</em>: once the faults stop, every correct process connected (in the
 * gossip topology, through correct processes) to a process that knows a rumor learns it. Rumor
 * mongering promises less: a rumor dies out when everyone who knows it has lost interest, and the
 * fraction of processes it never reached, the <em>residue</em>, is a quantity to report and
 * compare with theory rather than a bug, unless a bound is set on it.
 *
 * <p>The checker reads the topology from the history's header, where the runtime writes it; a
 * history without one is judged on the complete graph.
 */
package herald.check.gossip;
