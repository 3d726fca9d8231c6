/**
 * The nemesis: which faults happen, and when.
 *
 * <p>A {@link herald.nemesis.Fault} is a value. A {@link herald.nemesis.Partition} is a
 * <em>grudge</em> (Jepsen's word): each node mapped to the nodes whose packets it drops. Every
 * partition shape is one: two halves that cannot talk are two groups holding a grudge against each
 * other; a bridge is a node nobody holds a grudge against, between two such groups; in a
 * majorities ring each node drops everyone outside the majority centred on it; a one-way
 * partition is a grudge that is not returned. Packets already in flight across a new cut are lost.
 * The other faults meddle with packets ({@link herald.nemesis.Loss}, {@link
 * herald.nemesis.Duplicate}, {@link herald.nemesis.Reorder}, {@link herald.nemesis.Delay}), on
 * every link or on chosen ones, or with processes ({@link herald.nemesis.Crash}, which in the
 * crash-recovery model restarts the node from its stable storage when it stops, and {@link
 * herald.nemesis.Pause}).
 *
 * <p>A {@link herald.nemesis.Schedule} says when each fault starts and stops, on a network of
 * given {@link herald.nemesis.NetworkSemantics} (ordered or not, lossy or not, duplicating or
 * not: one parameter, as in Stateright) and in a failure model (crash-stop or crash-recovery). It
 * is data: {@link herald.nemesis.Nemeses} generate it from a seed (each {@link
 * herald.nemesis.Nemesis} from its own random stream, so adding one leaves the others' faults
 * alone), {@link herald.nemesis.ScheduleJson} reads it from a file written by hand and writes it
 * back exactly, and a history records each fault's start and stop with the same detail, so a
 * schedule can be replayed and shrunk to fewer and shorter faults.
 *
 * <p>This module decides "which fault, when"; a runtime decides "how", by implementing {@link
 * herald.nemesis.FaultInjector}, so the same schedule can be applied to the simulator's network or
 * to a real one.
 */
package herald.nemesis;
