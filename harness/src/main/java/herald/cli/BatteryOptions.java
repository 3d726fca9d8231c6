package herald.cli;

import herald.check.Spec;
import herald.grade.BatterySettings;
import herald.grade.Goal;
import herald.grade.Grading;
import herald.maelstrom.MaelstromTopology;
import herald.process.DeliverySource;
import herald.process.ProcessSettings;
import herald.scenario.NetworkModel;
import herald.scenario.ScenarioParameters;
import herald.scenario.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code herald grade}'s options for the battery's runs: their size, timing and network, and the goals. */
final class BatteryOptions {

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "5", description = "Nodes per run (default 5).")
    private int nodes;

    @Option(names = "--broadcasts", paramLabel = "M", description = "Broadcasts per run (default 20; see --rate).")
    private Integer broadcasts;

    @Option(names = "--rate", paramLabel = "R",
            description = "Client operations per second, half broadcasts and half reads, as Maelstrom's --rate.")
    private Double rate;

    @Option(names = "--time-limit", paramLabel = "T", defaultValue = "1s",
            description = "The window in which faults and operations happen: a duration (20s, 500ms) or, as "
                    + "Maelstrom's --time-limit, a number of seconds (default 1s).")
    private String timeLimit;

    @Option(names = "--quiet", paramLabel = "T",
            description = "The quiet period after the faults heal, before the final reads (default 1s, or 4 mean "
                    + "latencies or what a Java class's nodes say they need to settle, if longer; at least 100ms "
                    + "and 4 mean latencies, "
                    + "and at least that settling time, since liveness is judged at the end and a correct protocol "
                    + "needs time after the heal for its last messages).")
    private String quiet;

    @Option(names = "--latency", paramLabel = "MILLIS",
            description = "Mean latency of messages between nodes, as Maelstrom's --latency (default: the "
                    + "simulator's, 1 ms + exponential 2 ms).")
    private Double latency;

    @Option(names = "--latency-dist", paramLabel = "DIST", defaultValue = "constant",
            description = "constant (Maelstrom's default) or exponential.")
    private String latencyDist;

    @Option(names = "--topology", paramLabel = "T", defaultValue = "grid",
            description = "The topology programs are told: grid (default), line, total, tree2, tree3, tree4.")
    private String topology;

    @Option(names = "--deliveries", paramLabel = "FROM",
            description = "Where a program's deliveries come from: reads, or reports (Herald's extension; the "
                    + "default for specs with an order).")
    private String deliveries;

    @Option(names = "--msgs-per-op-under", paramLabel = "X", description = "Goal: messages per operation under X.")
    private Double msgsPerOp;

    @Option(names = "--median-latency-under", paramLabel = "MILLIS", description = "Goal: median stable latency.")
    private Double medianLatency;

    @Option(names = "--max-latency-under", paramLabel = "MILLIS", description = "Goal: largest stable latency.")
    private Double maxLatency;

    /**
     * The shortest quiet period allowed: liveness (validity, agreement) is judged at the run's end,
     * so a correct protocol needs time after the heal for its last relays and retransmissions to
     * arrive; with less, a correct protocol fails for want of time, not for a fault of its own.
     */
    static final long LEAST_QUIET = 100_000;

    /** The longest quiet period: an hour. */
    static final long LONGEST_QUIET = herald.history.Durations.HOUR;

    /** The battery's settings: group size, broadcasts, timing, network. */
    BatterySettings settings() {
        if (nodes < 2) {
            throw new IllegalArgumentException("--nodes must be at least 2, got " + nodes);
        }
        if (nodes > ScenarioParameters.MOST_NODES) {
            throw new IllegalArgumentException("--nodes must be at most " + ScenarioParameters.MOST_NODES
                    + ", got " + nodes);
        }
        if (broadcasts != null && broadcasts < 1) {
            throw new IllegalArgumentException("--broadcasts must be at least 1, got " + broadcasts);
        }
        if (broadcasts != null && broadcasts > ScenarioParameters.MOST_BROADCASTS) {
            throw new IllegalArgumentException("--broadcasts must be at most "
                    + ScenarioParameters.MOST_BROADCASTS + ", got " + broadcasts);
        }
        if (rate != null && !(rate > 0 && rate < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("--rate must be a positive number of operations a second, got "
                    + rate);
        }
        if (latency != null && !(latency >= 0 && latency < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("--latency must be 0 or more milliseconds, got " + latency);
        }
        long window = herald.history.Durations.micros("--time-limit", timeLimit, 1_000_000, herald.history.Durations.HOUR);
        if (broadcasts != null && rate != null) {
            throw new IllegalArgumentException("give --broadcasts or --rate, not both");
        }
        int count = broadcasts != null ? broadcasts : rate != null
                ? (int) Math.min(Integer.MAX_VALUE, Math.max(1, Math.round(rate * window / 1e6 / 2)))
                : BatterySettings.DEFAULT.broadcasts();
        if (count > ScenarioParameters.MOST_BROADCASTS) {
            throw new IllegalArgumentException("--rate " + rate + " over " + herald.history.Durations.show(window)
                    + " makes " + count + " broadcasts, more than the " + ScenarioParameters.MOST_BROADCASTS
                    + " a run may have");
        }
        NetworkModel network = NetworkModel.DEFAULT;
        if (latency != null) {
            long mean = Math.round(latency * 1000);
            if (latencyDist.equals("constant")) {
                network = new NetworkModel(mean, 0, mean);
            } else if (latencyDist.equals("exponential")) {
                network = new NetworkModel(0, mean, 20 * mean);
            } else {
                throw new IllegalArgumentException("--latency-dist is constant or exponential, got " + latencyDist);
            }
        }
        long leastQuiet = leastQuiet(network);
        if (quiet == null && leastQuiet > LONGEST_QUIET) {
            throw new IllegalArgumentException("--latency " + latency + " needs a quiet period of "
                    + herald.history.Durations.show(leastQuiet) + " (4 mean latencies: two round trips), more than the "
                    + herald.history.Durations.show(LONGEST_QUIET) + " a quiet period may last");
        }
        long quietPeriod = quiet == null ? Math.max(Timing.DEFAULT.quiet(), leastQuiet)
                : herald.history.Durations.micros("--quiet", quiet, 1_000_000, LONGEST_QUIET);
        if (quietPeriod < leastQuiet) {
            throw new IllegalArgumentException("--quiet must be at least " + herald.history.Durations.show(leastQuiet)
                    + " (100 ms, and 4 mean latencies: two round trips), got " + quiet + ": liveness is judged at "
                    + "the run's end, and a correct protocol needs time after the heal for its last messages "
                    + "to arrive");
        }
        return new BatterySettings(nodes, count, new Timing(window, quietPeriod), network);
    }

    /**
     * The settings with a quiet period as long as the graded Java class's nodes say they need to
     * settle after the heal ({@code needed}, from {@link Grading#settlingTime}), as {@code run} and
     * {@code hunt} make it: a shorter {@code --quiet} is refused; without {@code --quiet}, the
     * default second grows to it.
     */
    BatterySettings settled(BatterySettings settings, Optional<Grading.SettlingTime> needed, String name) {
        if (needed.isEmpty() || settings.timing().quiet() >= needed.get().micros()) {
            return settings;
        }
        long least = needed.get().micros();
        if (least > LONGEST_QUIET) {
            throw new IllegalArgumentException(name + " says its nodes need " + herald.history.Durations.show(least)
                    + " to settle after the heal, more than the " + herald.history.Durations.show(LONGEST_QUIET)
                    + " a quiet period may last");
        }
        if (quiet != null) {
            int crashes = needed.get().crashes();
            throw new IllegalArgumentException("--quiet must be at least " + herald.history.Durations.show(least)
                    + " for " + name + " on " + settings.nodes() + " nodes, got " + quiet + ": that is how long its "
                    + "nodes say they need to settle after the heal (herald.node.Settling)"
                    + (crashes > 0 ? ", with " + crashes + " of them crashed" : "") + ", and liveness is judged at "
                    + "the run's end");
        }
        return settings.withQuietAtLeast(least);
    }

    /** 100 ms, or two round trips at the mean latency when that is longer. */
    static long leastQuiet(NetworkModel network) {
        return Math.max(LEAST_QUIET, 4 * (network.min() + network.meanExtra()));
    }

    /** The goals asked for; only a program's figures are measured, so {@code program} must hold when any is. */
    List<Goal> goals(boolean program) {
        List<Goal> goals = new ArrayList<>();
        if (msgsPerOp != null) {
            goals.add(new Goal("msgs-per-op", msgsPerOp));
        }
        if (medianLatency != null) {
            goals.add(new Goal("median-latency", medianLatency));
        }
        if (maxLatency != null) {
            goals.add(new Goal("max-latency", maxLatency));
        }
        if (!goals.isEmpty() && !program) {
            throw new IllegalArgumentException("goals are Maelstrom's figures, measured on programs (--bin)");
        }
        return goals;
    }

    /** How programs are run and read for {@code spec}. */
    ProcessSettings processSettings(Spec spec, boolean tracePackets) {
        boolean ordered = spec.properties().stream().anyMatch(p -> p.endsWith("-order"));
        DeliverySource source;
        if (deliveries == null) {
            source = ordered ? DeliverySource.REPORTS : DeliverySource.READS;
        } else if (deliveries.equals("reads")) {
            source = DeliverySource.READS;
        } else if (deliveries.equals("reports")) {
            source = DeliverySource.REPORTS;
        } else {
            throw new IllegalArgumentException("--deliveries is reads or reports, got " + deliveries);
        }
        MaelstromTopology.of(topology, List.of("n0"));
        return ProcessSettings.DEFAULT.withDeliveries(source).withTopology(topology).withTracePackets(tracePackets);
    }
}
