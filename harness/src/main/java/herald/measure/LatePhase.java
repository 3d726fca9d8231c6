package herald.measure;

import herald.gossip.Mode;
import herald.rounds.Spread;
import java.util.List;

/**
 * What one round of the late phase does to the uninformed fraction s, measured over every run.
 *
 * <p>Push divides s by a constant (e, theory says): the divisor is estimated as the sum of the
 * uninformed counts before the rounds over the sum after them, over the rounds that begin with s
 * at most 5% and at least 10 uninformed nodes. Pull raises s to a power (2): the exponent is
 * estimated as the sum of ln s after the rounds over the sum of ln s before, over the rounds that
 * begin with s between sqrt(30/n) (so that about 30 nodes stay uninformed, and chance does not
 * swamp the logarithm) and 1/2. Push-pull is measured like pull.
 *
 * @param divides true for a divisor (push), false for an exponent (pull, push-pull)
 * @param value the divisor or the exponent
 * @param rounds how many rounds, over all runs, the estimate rests on
 */
public record LatePhase(boolean divides, double value, int rounds) {

    static LatePhase of(GossipExperiment experiment, List<Spread> spreads) {
        if (experiment.parameters().rumorMongering()) {
            return null;
        }
        int n = experiment.nodes();
        boolean push = experiment.parameters().mode() == Mode.PUSH;
        double lowest = push ? 10.0 / n : Math.sqrt(30.0 / n);
        double highest = push ? 0.05 : 0.5;
        double before = 0;
        double after = 0;
        int rounds = 0;
        for (Spread s : spreads) {
            int[] informed = s.informed();
            for (int r = 0; r + 1 < informed.length; r++) {
                double now = (double) (n - informed[r]) / n;
                double next = (double) (n - informed[r + 1]) / n;
                if (now < lowest || now > highest || (!push && next == 0)) {
                    continue;
                }
                before += push ? now : Math.log(now);
                after += push ? next : Math.log(next);
                rounds++;
            }
        }
        if (rounds == 0 || after == 0) {
            return null;
        }
        return new LatePhase(push, push ? before / after : after / before, rounds);
    }
}
