package herald.nemesis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

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

    /**
     * A fault that comes and goes: after a gap, {@code fault} makes a fault that lasts a while;
     * after another gap, another; until the window closes. Gaps and durations are exponential with
     * the mean interval, as in Jepsen's nemesis generators, except the first gap: it is uniform
     * in the first half of the window, so that every run asked for a fault gets at least one.
     */
    public List<ScheduledFault> recurring(Supplier<Fault> fault) {
        List<ScheduledFault> faults = new ArrayList<>();
        long t = random.nextLong(window / 2 + 1);
        while (t < window) {
            long stop = Math.min(window, t + interval());
            faults.add(new ScheduledFault(t, stop, fault.get()));
            t = stop + interval();
        }
        return faults;
    }

    /** The nodes in a random order, as a new list. */
    public List<String> shuffled() {
        List<String> order = new ArrayList<>(nodes);
        for (int k = order.size() - 1; k > 0; k--) {
            Collections.swap(order, k, random.nextInt(k + 1));
        }
        return order;
    }

    /** {@code k} distinct random nodes, in the group's order. */
    public List<String> pick(int k) {
        return Nodes.sorted(shuffled().subList(0, k));
    }

    /** The largest number of nodes that is still a minority: ⌊(n−1)/2⌋. */
    public int minority() {
        return (nodes.size() - 1) / 2;
    }
}
