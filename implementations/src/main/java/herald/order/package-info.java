/**
 * Ordered broadcast: reference protocols that deliver in FIFO, causal or total order, each in one
 * file beside the pseudo-code it follows, with the textbook's name for each step.
 *
 * <p>They are layered as the textbooks layer them. {@link herald.order.FifoBroadcast} numbers
 * each sender's messages over reliable broadcast and holds back what comes early;
 * {@link herald.order.CausalBroadcast} does the same with a vector of numbers, one per sender.
 * Total order needs the processes to agree on one order, and the three protocols here show the
 * three classic ways: a fixed sequencer hands out numbers ({@link
 * herald.order.SequencerTotalOrder}); Lamport timestamps order everything, and FIFO links tell
 * when nothing smaller can come ({@link herald.order.LamportTotalOrder}); or the receivers
 * propose priorities and the sender fixes the largest ({@link herald.order.SkeenTotalOrder}).
 * None of the three survives every crash: what each assumes is stated in its class comment and
 * in the protocol catalogue, and {@code herald run} refuses a nemesis that breaks it. Their steps
 * are {@code protected}, for the broken variants of {@code herald.mutant} to change one each.
 */
package herald.order;
