package herald.gossip;

import java.util.Random;

/**
 * When a rumor monger loses interest in a rumor and stops spreading it (Demers et al. 1987,
 * section 1.4), in the paper's two pairs of variants:
 *
 * <ul>
 *   <li><b>feedback</b>: only a contact with a peer that already knew the rumor counts;
 *       <b>blind</b>: every contact counts;
 *   <li><b>counter</b>: interest is lost after {@code k} contacts that count; <b>coin</b>: after
 *       each contact that counts, with probability 1/k.
 * </ul>
 *
 * @param feedback feedback (true) or blind (false)
 * @param coin coin (true) or counter (false)
 * @param k the counter's limit, or the inverse of the coin's probability
 */
public record Interest(boolean feedback, boolean coin, int k) {

    /** Feedback and counter with k = 2: the paper's best variant, at a modest k. */
    public static final Interest DEFAULT = new Interest(true, false, 2);

    public Interest {
        if (k < 1) {
            throw new IllegalArgumentException("rumor mongering needs k >= 1, got " + k);
        }
    }

    /**
     * One contact that counts happened; {@code counted} is how many had counted before it.
     *
     * @return true when the node now loses interest
     */
    public boolean lost(int counted, Random random) {
        return coin ? random.nextInt(k) == 0 : counted + 1 >= k;
    }

    /** "feedback, counter, k=2". */
    @Override
    public String toString() {
        return (feedback ? "feedback" : "blind") + ", " + (coin ? "coin" : "counter") + ", k=" + k;
    }
}
