/**
 * The nemesis: which faults happen, and when.
 *
 * <p>A {@link herald.nemesis.Fault} is a value: a partition (given by the groups that can still
 * talk), a loss rate, a set of crashed nodes. A {@link herald.nemesis.Schedule} says when each
 * fault starts and stops; it is data, so it can be generated from a seed, written by hand,
 * printed in a history, replayed, and shrunk to fewer and shorter faults. This module decides
 * "which fault, when"; a runtime decides "how", by implementing
 * {@link herald.nemesis.FaultInjector}, so the same schedule can be applied to the simulator's
 * network or to a real one.
 *
 * <p>A partition is a <em>grudge</em>: for each node, the set of nodes whose packets it drops.
 * Packets already in flight across a new cut are lost too.
 */
package herald.nemesis;
