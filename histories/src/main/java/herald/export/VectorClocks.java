package herald.export;

import herald.history.Event;
import herald.history.History;
import java.util.HashMap;
import java.util.Map;

/**
 * A vector clock for every event that happens at a node, computed from the history alone.
 *
 * <p>Each node counts its own events, 1, 2, 3, …; an event that receives something first merges
 * (entry by entry, the maximum) the clock of the event that sent it. What counts as sending
 * depends on what the history recorded:
 *
 * <ul>
 *   <li>{@link Relation#PACKETS}, when packets were traced: a {@code recv} merges the clock of the
 *       {@code send} of the same packet. This is Lamport's happened-before of the run itself.
 *   <li>{@link Relation#MESSAGES}, when they were not: a {@code deliver} at another node merges
 *       the clock of the message's {@code broadcast}. Restricted to broadcasts, the order these
 *       clocks give is exactly the happens-before relation of PROPERTIES.md, the one the causal
 *       order property is judged by: {@code m1 → m2} if and only if the clock of
 *       {@code m1}'s broadcast is below the clock of {@code m2}'s.
 * </ul>
 *
 * <p>Events without a node ({@code fault}, {@code end}) get no clock. A {@code drop} counts as
 * an event of the node that sent the packet.
 */
public final class VectorClocks {

    /** What carries causality from one node to another. */
    public enum Relation { PACKETS, MESSAGES }

    private final History history;
    private final Relation relation;
    private final int[][] clocks;

    private VectorClocks(History history, Relation relation) {
        this.history = history;
        this.relation = relation;
        this.clocks = new int[history.size()][];
        int nodes = history.nodeCount();
        int[][] current = new int[nodes][nodes];
        Map<Long, Integer> sends = new HashMap<>();
        for (Event event : history.events()) {
            int k = history.nodeAt(event.i());
            if (k < 0) {
                continue;
            }
            int from = cause(event, sends);
            if (from >= 0) {
                merge(current[k], clocks[from]);
            }
            current[k][k]++;
            clocks[event.i()] = current[k].clone();
            if (event instanceof Event.Send s) {
                sends.put(s.packet(), s.i());
            }
        }
    }

    /** The clocks by packets when the history traced any, else by messages. */
    public static VectorClocks of(History history) {
        return new VectorClocks(history, traced(history) ? Relation.PACKETS : Relation.MESSAGES);
    }

    public static VectorClocks of(History history, Relation relation) {
        return new VectorClocks(history, relation);
    }

    private static boolean traced(History history) {
        for (Event event : history.events()) {
            if (event instanceof Event.Send) {
                return true;
            }
        }
        return false;
    }

    /** The event whose clock {@code event} merges, or -1. */
    private int cause(Event event, Map<Long, Integer> sends) {
        if (relation == Relation.PACKETS && event instanceof Event.Recv r) {
            Integer send = sends.get(r.packet());
            return send == null ? -1 : send;
        }
        if (relation == Relation.MESSAGES && event instanceof Event.Deliver d) {
            int broadcast = history.broadcastOf(history.messageAt(d.i()));
            if (broadcast >= 0 && broadcast < d.i() && history.nodeAt(broadcast) != history.nodeAt(d.i())) {
                return broadcast;
            }
        }
        return -1;
    }

    private static void merge(int[] into, int[] other) {
        for (int k = 0; k < into.length; k++) {
            into[k] = Math.max(into[k], other[k]);
        }
    }

    public Relation relation() {
        return relation;
    }

    /** The clock of event {@code i}, indexed like the header's nodes, or null when it has no node. */
    public int[] at(int i) {
        int[] clock = clocks[i];
        return clock == null ? null : clock.clone();
    }

    /** Whether event {@code a} happened before event {@code b}: a's clock is below b's. */
    public boolean happenedBefore(int a, int b) {
        int[] x = clocks[a];
        int[] y = clocks[b];
        if (x == null || y == null || a == b) {
            return false;
        }
        boolean below = false;
        for (int k = 0; k < x.length; k++) {
            if (x[k] > y[k]) {
                return false;
            }
            below |= x[k] < y[k];
        }
        return below;
    }
}
