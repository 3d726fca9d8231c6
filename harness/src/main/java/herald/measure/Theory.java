package herald.measure;

import herald.gossip.GossipParameters;
import herald.gossip.Interest;
import herald.gossip.Mode;

/**
 * What the classic analyses predict, for the settings where they apply: the complete graph and
 * one peer per round. Each prediction comes with the formula and its source, for people.
 */
public final class Theory {

    /**
     * A predicted value.
     *
     * @param value the number
     * @param formula how it is computed, e.g. "log2 n + ln n"
     * @param source where it comes from, e.g. "Pittel 1987"
     */
    public record Prediction(double value, String formula, String source) {
    }

    private Theory() {
    }

    private static boolean classic(GossipParameters p) {
        return p.topology().complete() && p.fanout() == 1;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Rounds until all n nodes know, for anti-entropy without loss; null when theory says nothing. */
    public static Prediction roundsToAll(GossipParameters p, int n, double loss) {
        if (!classic(p) || p.rumorMongering() || loss > 0 || n < 4) {
            return null;
        }
        double loglog = log2(log2(n));
        switch (p.mode()) {
            case PUSH:
                return new Prediction(log2(n) + Math.log(n), "log2 n + ln n", "Pittel 1987");
            case PULL:
                return new Prediction(log2(n) + loglog, "log2 n + log2 log2 n: doubling, then squaring",
                        "Demers et al. 1987; Karp et al. 2000");
            default:
                return new Prediction(Math.log(n) / Math.log(3) + loglog, "log3 n + log2 log2 n, for log3 n + "
                        + "O(log log n)", "Karp et al. 2000");
        }
    }

    /**
     * Rumor mongering's residue (fanout 1, complete graph). Demers et al. show s = e^-m, m the
     * pushes per node. With feedback every node that learns makes k unnecessary contacts that
     * count, so m = (1 + k)(1 - s); a lost push or a lost feedback does not count, so under loss p
     * m = (1 + k / (1 - p))(1 - s). Blind, every push counts, so m = k (1 - s); under loss a rumor
     * may also die out at its first steps, which the equation ignores, so no prediction is made.
     */
    public static Prediction residue(GossipParameters p, double loss) {
        if (!classic(p)) {
            return null;
        }
        if (!p.rumorMongering()) {
            return new Prediction(0, "0: anti-entropy never gives up", "Demers et al. 1987");
        }
        Interest interest = p.interest();
        if (interest.feedback()) {
            double c = 1 + interest.k() / (1 - loss);
            String formula = loss > 0 ? "s = e^-(1+k/(1-p))(1-s), p the loss" : "s = e^-(k+1)(1-s)";
            return new Prediction(root(c), formula, "Demers et al. 1987, with s = e^-m");
        }
        if (loss > 0) {
            return null;
        }
        return new Prediction(root(interest.k()), "s = e^-k(1-s)", "Demers et al. 1987, with s = e^-m");
    }

    /** The solution of s = e^-c(1-s) in (0, 1), or 1 when c <= 1 (the rumor dies out). */
    static double root(double c) {
        if (c <= 1) {
            return 1;
        }
        double s = 0;
        for (int k = 0; k < 500; k++) {
            s = Math.exp(-c * (1 - s));
        }
        return s;
    }

    /**
     * What the late phase does to the uninformed fraction s each round: push divides it by e
     * (each uninformed node is missed by all n pushes with probability (1 - 1/n)^n), pull squares
     * it (an uninformed node stays so when the one it asks is uninformed too), push-pull does both.
     */
    public static Prediction latePhase(GossipParameters p, double loss) {
        if (!classic(p) || p.rumorMongering() || loss > 0) {
            return null;
        }
        if (p.mode() == Mode.PUSH) {
            return new Prediction(Math.E, "s -> s/e", "Pittel 1987; Demers et al. 1987");
        }
        if (p.mode() == Mode.PULL) {
            return new Prediction(2, "s -> s^2", "Demers et al. 1987");
        }
        return new Prediction(Double.NaN, "s -> s^2/e, faster than pull", "Karp et al. 2000");
    }
}
