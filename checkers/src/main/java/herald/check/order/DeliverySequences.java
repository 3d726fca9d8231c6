package herald.check.order;

import herald.history.History;
import herald.history.IntList;
import java.util.Arrays;

/**
 * The order in which each process first delivered its messages, for the processes a total order
 * property speaks of: every process (uniform) or the correct ones (regular). A process's second
 * delivery of a message is no-duplication's business and is left out.
 */
final class DeliverySequences {

    private final History history;
    private final boolean[] counted;
    private final int messages;
    private final int[][] sequence;
    private final int[][] positions;
    private final int[] rank;

    DeliverySequences(History history, boolean uniform) {
        this.history = history;
        int n = history.nodeCount();
        this.messages = history.messageCount();
        this.counted = new boolean[n];
        this.sequence = new int[n][];
        this.positions = new int[n][];
        this.rank = new int[n * messages];
        Arrays.fill(rank, -1);
        for (int p = 0; p < n; p++) {
            counted[p] = uniform || history.correct(p);
            IntList order = new IntList();
            IntList at = new IntList();
            IntList events = history.eventsOf(p);
            for (int j = 0; counted[p] && j < events.size(); j++) {
                int e = events.get(j);
                int m = history.messageAt(e);
                if (m >= 0 && history.broadcastOf(m) != e && rank[p * messages + m] < 0) {
                    rank[p * messages + m] = order.size();
                    order.add(m);
                    at.add(e);
                }
            }
            sequence[p] = order.toArray();
            positions[p] = at.toArray();
        }
    }

    History history() {
        return history;
    }

    int nodes() {
        return counted.length;
    }

    int messages() {
        return messages;
    }

    /** Whether the property speaks of process {@code p}. */
    boolean counted(int p) {
        return counted[p];
    }

    /** The messages {@code p} delivered, in the order it first delivered them. */
    int[] sequence(int p) {
        return sequence[p];
    }

    /** Where {@code p} first delivered {@code m} among its deliveries, or -1 when it did not. */
    int rank(int p, int m) {
        return rank[p * messages + m];
    }

    /** The event of {@code p}'s first delivery of {@code m}; {@code p} must have delivered it. */
    int position(int p, int m) {
        return positions[p][rank[p * messages + m]];
    }

    /** The message {@code p} delivered right after {@code m}, or -1. */
    int next(int p, int m) {
        int r = rank[p * messages + m];
        return r >= 0 && r + 1 < sequence[p].length ? sequence[p][r + 1] : -1;
    }

    /** "n2" or, for a faulty process, "n2 (crashed at #30)", the crash it never recovered from. */
    String describe(int p) {
        int crash = history.fatalCrash(p);
        return crash < 0 ? history.node(p) : history.node(p) + " (crashed at #" + crash + ")";
    }
}
