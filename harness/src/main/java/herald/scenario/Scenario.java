package herald.scenario;

import herald.nemesis.Schedule;
import java.util.Comparator;
import java.util.List;

/**
 * Everything that decides one simulated run.
 *
 * @param protocol the protocol's id
 * @param nodes the group, in header order
 * @param broadcasts what the workload asks for, ordered by time
 * @param schedule the faults
 * @param seed the seed of the network's and the nodes' randomness
 * @param timing the window and the quiet period
 * @param network the latency model
 */
public record Scenario(String protocol, List<String> nodes, List<PlannedBroadcast> broadcasts, Schedule schedule,
        long seed, Timing timing, NetworkModel network) {

    public Scenario {
        nodes = List.copyOf(nodes);
        broadcasts = broadcasts.stream().sorted(Comparator.comparingLong(PlannedBroadcast::at)).toList();
    }

    /** When the last fault stops. */
    public long healedAt() {
        return schedule.healedAt();
    }

    /**
     * When the run ends: the quiet period after the later of the window, the last broadcast and the
     * heal, and after whatever a delay fault may still hold in flight (see
     * {@link Schedule#longestDelay}).
     */
    public long endsAt() {
        long lastBroadcast = broadcasts.isEmpty() ? 0 : broadcasts.get(broadcasts.size() - 1).at();
        return Math.max(Math.max(timing.window(), lastBroadcast), healedAt()) + schedule.longestDelay()
                + timing.quiet();
    }

    /** Node names n1 … nN. */
    public static List<String> nodeNames(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(k -> "n" + k).toList();
    }
}
