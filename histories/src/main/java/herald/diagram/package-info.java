/**
 * Diagrams: a history drawn so a person understands it in a minute.
 *
 * <p>A space-time diagram (Lamport's) gives each node a vertical line, time flowing down. Each
 * event is a mark on its node's line: a broadcast, a delivery, a crash, a recovery. A packet is
 * an arrow from the node that sent it to the node that received it, or to where it died; a
 * fault is a shaded band across the time it was on, a partition tinting each group its own
 * colour. A violation is a set of events ringed in one colour, with the sentence that explains
 * it beside them.
 *
 * <p>{@link herald.diagram.Diagram} writes it as one standalone HTML page;
 * {@link herald.diagram.TextTimeline} prints the same history as columns for a terminal. Both
 * take the verdict as a {@link herald.diagram.Judgement}, plain data, because histories come
 * before checkers: whoever checked the history hands its verdict over that way.
 */
package herald.diagram;
