/**
 * The order properties of broadcast (Cachin, Guerraoui and Rodrigues, sections 3.9 to 3.11 and
 * 6.1; Kleppmann, <em>Concurrent and Distributed Systems</em>, section 4): FIFO, causal, total
 * and uniform total order.
 *
 * <p>Reliable broadcast says <em>what</em> every process delivers; the orders say <em>in which
 * order</em>. FIFO order keeps each sender's messages in the order it sent them. Causal order
 * keeps every message after the messages its sender had seen: {@code m1 → m2} ("m1 happens
 * before m2") when whoever broadcast {@code m2} had, before that, broadcast {@code m1} or
 * delivered it, and transitively. Total order makes every two processes agree on the order of
 * the messages both deliver; uniform total order asks it of crashed processes too.
 *
 * <p>FIFO and causal order have the shape "no process delivers {@code m2} unless it has already
 * delivered {@code m1}": a process that delivers {@code m2} and never {@code m1} breaks them as
 * surely as one that delivers them the wrong way round. Total order only compares messages that
 * both processes deliver; a process that misses one is agreement's business.
 *
 * <p>Happens-before is read from the history alone, never from what a protocol put in its
 * packets, so a protocol cannot vouch for itself. It is computed with vector clocks over
 * broadcasts: everything that happens before a broadcast is, for each sender, a prefix of that
 * sender's broadcasts, so a vector of n counts says it all, and each delivery is checked against
 * the prefixes the process has delivered in O(n) steps, however long the history. Total order is
 * checked pairwise, and then once more as a whole: the processes' orders can agree two by two
 * and still admit no single order (a before b at p, b before c at q, c before a at r); such a
 * cycle is reported as a violation of its own kind.
 *
 * <p>Each property is one class; a verdict cites the events ({@code #i}) that prove a violation.
 * Only a process's first delivery of a message counts for order: a second one is a
 * no-duplication violation, not a reordering.
 */
package herald.check.order;
