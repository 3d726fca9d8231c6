package herald.check.order;

import java.util.BitSet;

/**
 * What each process has delivered so far, as the history is read in order: which messages, and,
 * for each sender, how long an unbroken prefix of that sender's broadcasts. "Has p delivered
 * every message s broadcast before this one?" is then one comparison.
 */
final class DeliveredPrefixes {

    private final Broadcasts broadcasts;
    private final int n;
    private final BitSet[] delivered;
    private final int[] prefix;

    DeliveredPrefixes(Broadcasts broadcasts, int nodes) {
        this.broadcasts = broadcasts;
        this.n = nodes;
        this.delivered = new BitSet[nodes];
        for (int k = 0; k < nodes; k++) {
            delivered[k] = new BitSet();
        }
        this.prefix = Table.of(nodes, nodes, "each process's delivered prefix of each sender's broadcasts");
    }

    /** Whether process {@code p} has delivered message {@code m} already. */
    boolean has(int p, int m) {
        return delivered[p].get(m);
    }

    /** How many of sender {@code s}'s first broadcasts process {@code p} has delivered, all of them. */
    int prefix(int p, int s) {
        return prefix[p * n + s];
    }

    /** Records that {@code p} delivered {@code m}. */
    void add(int p, int m) {
        delivered[p].set(m);
        int s = broadcasts.sender(m);
        if (s < 0) {
            return;
        }
        int at = p * n + s;
        int length = prefix[at];
        int sent = broadcasts.count(s);
        while (length < sent && delivered[p].get(broadcasts.message(s, length))) {
            length++;
        }
        prefix[at] = length;
    }
}
