package herald.check.order;

import herald.history.History;
import herald.history.IntList;
import java.util.Arrays;

/**
 * Who broadcast each message and how many broadcasts its sender had made before it: a message
 * is named by (sender, rank), which is what FIFO order and vector clocks speak of.
 */
final class Broadcasts {

    private final int[] sender;
    private final int[] rank;
    private final IntList[] bySender;

    Broadcasts(History history) {
        int messages = history.messageCount();
        sender = new int[messages];
        rank = new int[messages];
        Arrays.fill(sender, -1);
        Arrays.fill(rank, -1);
        bySender = new IntList[history.nodeCount()];
        for (int k = 0; k < bySender.length; k++) {
            bySender[k] = new IntList();
        }
        for (int k = 0; k < bySender.length; k++) {
            IntList events = history.eventsOf(k);
            for (int j = 0; j < events.size(); j++) {
                int position = events.get(j);
                int m = history.messageAt(position);
                if (m >= 0 && history.broadcastOf(m) == position) {
                    sender[m] = k;
                    rank[m] = bySender[k].size();
                    bySender[k].add(m);
                }
            }
        }
    }

    /** The process that broadcast message {@code m}, or -1 when nobody did. */
    int sender(int m) {
        return sender[m];
    }

    /** How many messages the sender of {@code m} broadcast before it; -1 when nobody broadcast it. */
    int rank(int m) {
        return rank[m];
    }

    /** The message process {@code k} broadcast after {@code rank} others. */
    int message(int k, int rank) {
        return bySender[k].get(rank);
    }

    /** How many messages process {@code k} broadcast. */
    int count(int k) {
        return bySender[k].size();
    }
}
