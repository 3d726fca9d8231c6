package herald.check.order;

import herald.history.History;
import herald.history.IntList;

/** Small questions about one message's deliveries, asked when a violation is told. */
final class Deliveries {

    private Deliveries() {
    }

    /** Position of process {@code p}'s first delivery of {@code m} after {@code position}, or -1. */
    static int after(History history, int p, int m, int position) {
        IntList deliveries = history.deliveriesOf(m);
        for (int j = 0; j < deliveries.size(); j++) {
            int d = deliveries.get(j);
            if (d > position && history.nodeAt(d) == p) {
                return d;
            }
        }
        return -1;
    }

    /** "delivered at #63" or "never delivered it". */
    static String laterOrNever(int later) {
        return later >= 0 ? "delivered at #" + later : "never delivered it";
    }
}
