package herald.grade;

import herald.scenario.NetworkModel;
import herald.scenario.Timing;

/**
 * The size of a battery's runs: the group, the workload, the durations, the latency. The defaults
 * are the battery's own; a grader may change them (Maelstrom-style figures on 25 nodes, say), and
 * the score says so.
 *
 * @param nodes processes in the group
 * @param broadcasts broadcasts per run (programs are also read as often)
 * @param timing the window in which faults and broadcasts happen, and the quiet period after
 * @param network the latency of each packet between nodes
 */
public record BatterySettings(int nodes, int broadcasts, Timing timing, NetworkModel network) {

    /** Faults last, and come after gaps of, 250 ms on average. */
    public static final long MEAN_FAULT_INTERVAL = 250_000;

    /** 5 nodes, 20 broadcasts in a 1 s window, a 1 s quiet period, the simulator's latency. */
    public static final BatterySettings DEFAULT = new BatterySettings(5, 20, Timing.DEFAULT, NetworkModel.DEFAULT);

    public BatterySettings {
        if (nodes < 2) {
            throw new IllegalArgumentException("a battery needs at least 2 nodes, got " + nodes);
        }
        if (broadcasts < 1) {
            throw new IllegalArgumentException("a battery needs at least 1 broadcast, got " + broadcasts);
        }
    }

    /** The same, with a quiet period of at least {@code micros}. */
    public BatterySettings withQuietAtLeast(long micros) {
        return micros <= timing.quiet() ? this
                : new BatterySettings(nodes, broadcasts, new Timing(timing.window(), micros), network);
    }

    /** Whether these are the battery's own settings. */
    public boolean standard() {
        return equals(DEFAULT);
    }

    /** For score.json and headers: "5 nodes, 20 broadcasts, window 1000 ms, quiet 1000 ms, latency 1-20 ms". */
    public String describe() {
        return nodes + " nodes, " + broadcasts + " broadcasts, window " + timing.window() / 1000 + " ms, quiet "
                + timing.quiet() / 1000 + " ms, latency " + latency();
    }

    private String latency() {
        if (network.meanExtra() == 0) {
            return network.min() / 1000.0 + " ms";
        }
        return network.min() / 1000.0 + " ms + exponential(mean " + network.meanExtra() / 1000.0 + " ms), at most "
                + network.max() / 1000.0 + " ms";
    }
}
