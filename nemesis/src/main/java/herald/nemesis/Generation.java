package herald.nemesis;

import java.util.List;
import java.util.SplittableRandom;

/**
 * What a nemesis generates faults from: the nodes, the window in which faults happen, the mean
 * length of a fault and of the gap between faults, and this nemesis's own random numbers.
 *
 * @param nodes the group, in header order
 * @param window faults start and stop within [0, window] microseconds
 * @param meanInterval the mean duration of a fault, and of a gap between two faults
 * @param random seeded per run and per nemesis, so one nemesis's faults do not depend on another's
 */
public record Generation(List<String> nodes, long window, long meanInterval, SplittableRandom random) {

    /** An exponentially distributed duration with the mean interval, at least 1 µs. */
    public long interval() {
        return Math.max(1, Math.round(-meanInterval * Math.log(1 - random.nextDouble())));
    }

    /** A time uniformly within the window. */
    public long anytime() {
        return random.nextLong(window + 1);
    }
}
