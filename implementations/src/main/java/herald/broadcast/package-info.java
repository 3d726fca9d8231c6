/**
 * Reference broadcast protocols, each in one file beside the textbook pseudo-code it follows
 * (Cachin, Guerraoui and Rodrigues, <em>Introduction to Reliable and Secure Distributed
 * Programming</em>, chapter 3), with the book's names for each step.
 *
 * <p>{@link herald.broadcast.BestEffortBroadcast} sends once to everyone over the fair-loss
 * network: a lost packet is lost. {@link herald.broadcast.EagerReliableBroadcast} sends over
 * perfect links and relays every message the first time it sees it, so that if any correct
 * process delivers a message, all do, even when its sender crashed halfway through sending.
 *
 * <p>{@link herald.broadcast.LazyReliableBroadcast} relays only when the failure detector says a
 * sender crashed. {@link herald.broadcast.MajorityAckUniformReliableBroadcast} delivers only what
 * a majority has relayed, so that not even a process that crashes right after delivering can have
 * delivered something the survivors never will (uniform agreement). {@link
 * herald.broadcast.ReliableBroadcastLayer} is eager reliable broadcast as a layer, for the
 * ordered broadcasts of {@code herald.order} to stack on. {@link
 * herald.broadcast.NakReliableBroadcast} is the other family: receivers stay silent while all is
 * well and ask, with negative acknowledgements, for what they miss.
 *
 * <p>The protocols that have broken variants keep their steps {@code protected}, under the book's names, so that the
 * broken variants of {@code herald.mutant} can each change one.
 */
package herald.broadcast;
