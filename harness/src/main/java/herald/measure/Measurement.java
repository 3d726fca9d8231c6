package herald.measure;

import herald.rounds.Spread;
import java.util.Arrays;
import java.util.List;

/**
 * What an experiment's runs observed, and the figures drawn from them: rounds until 50%, 99% and
 * all of the nodes knew, the residue, the traffic, and what the late phase does to the uninformed.
 *
 * @param experiment what was run
 * @param spreads one per run, in run order
 * @param seconds how long the runs took, on the wall clock
 */
public record Measurement(GossipExperiment experiment, List<Spread> spreads, double seconds) {

    public Measurement {
        spreads = List.copyOf(spreads);
    }

    /** Rounds until at least {@code fraction} of the nodes knew, over the runs that got there. */
    public Statistic roundsTo(double fraction) {
        return Statistic.of(spreads.stream().mapToDouble(s -> {
            int r = s.roundsTo(fraction);
            return r < 0 ? Double.NaN : r;
        }).toArray());
    }

    /** The fraction of nodes that never learned the rumor. */
    public Statistic residue() {
        return Statistic.of(spreads.stream().mapToDouble(Spread::residue).toArray());
    }

    /** Packets sent per node per round, over each run's rounds. */
    public Statistic packetsPerNodePerRound() {
        return Statistic.of(spreads.stream().mapToDouble(Spread::packetsPerNodePerRound).toArray());
    }

    /** Packets sent in all, per run: the cost of spreading one rumor. */
    public Statistic packetsPerRumor() {
        return Statistic.of(spreads.stream().mapToDouble(Spread::totalPackets).toArray());
    }

    /** The longest run, in rounds. */
    public int longest() {
        return spreads.stream().mapToInt(Spread::rounds).max().orElse(0);
    }

    /**
     * The fraction informed at the end of round {@code r} over the runs (a run that ended earlier
     * counts with its last value): mean, minimum, maximum, and the 10th and 90th percentiles.
     */
    public Band band(int r) {
        double[] values = spreads.stream().mapToDouble(s -> s.informedAt(r)).sorted().toArray();
        double mean = Arrays.stream(values).average().orElse(Double.NaN);
        return new Band(r, mean, values[0], values[values.length - 1], percentile(values, 0.1),
                percentile(values, 0.9));
    }

    /** One round's spread over the runs. */
    public record Band(int round, double mean, double min, double max, double p10, double p90) {
    }

    private static double percentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** The late phase's effect on the uninformed fraction, measured; null when no round qualifies. */
    public LatePhase latePhase() {
        return LatePhase.of(experiment, spreads);
    }
}
