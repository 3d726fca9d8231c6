/**
 * What every runtime shares, simulated or real: the rules a node's calls must keep, how a handler
 * that throws becomes a crash and when the others hear of it, how a packet shows in a trace, and
 * the figures of a run.
 *
 * <p>The simulator, the real-time runtimes (nodes on sockets, programs in other languages) and the
 * round engine run the same nodes against the same Node API. Whatever a node may observe of a
 * runtime (which call it refuses and in what words, what a crash looks like in the history, how
 * long the perfect failure detector takes) is decided here once, so that a node cannot tell the
 * runtimes apart by it, and no runtime borrows it from another's internals.
 */
package herald.runtime;
