package herald.check.broadcast;

import herald.history.History;
import herald.history.IntList;

/**
 * Which processes delivered one message, and where they first did: the question validity and
 * both agreements ask of every message. Reused from message to message, so it costs O(deliveries).
 */
final class Coverage {

    private final History history;
    private final int[] stamp;
    private final int[] firstAt;
    private int message = -1;

    Coverage(History history) {
        this.history = history;
        this.stamp = new int[history.nodeCount()];
        this.firstAt = new int[history.nodeCount()];
        java.util.Arrays.fill(stamp, -1);
    }

    /** Looks at message {@code m}; the other methods answer about it until the next call. */
    Coverage of(int m) {
        message = m;
        IntList deliveries = history.deliveriesOf(m);
        for (int j = deliveries.size() - 1; j >= 0; j--) {
            int position = deliveries.get(j);
            int node = history.nodeAt(position);
            stamp[node] = m;
            firstAt[node] = position;
        }
        return this;
    }

    boolean delivered(int node) {
        return stamp[node] == message;
    }

    /** Position of the node's first delivery of the message; only meaningful when delivered. */
    int firstDelivery(int node) {
        return firstAt[node];
    }

    /** Which processes are correct: never crashed, or up at the end under crash-recovery. */
    static boolean[] correct(History history) {
        boolean[] correct = new boolean[history.nodeCount()];
        for (int k = 0; k < correct.length; k++) {
            correct[k] = history.correct(k);
        }
        return correct;
    }
}
