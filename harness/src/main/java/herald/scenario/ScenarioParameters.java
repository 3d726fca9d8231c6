package herald.scenario;

import herald.nemesis.Nemeses;
import herald.nemesis.NemesisOptions;
import herald.nemesis.Schedule;

/**
 * What a family of scenarios shares: the protocol, the group's size, the number of broadcasts,
 * the nemesis, the durations. {@link #generate} makes the scenario of one seed.
 *
 * @param protocol the protocol's id
 * @param nodes how many processes
 * @param broadcasts how many broadcasts the workload asks for
 * @param nemesis the faults to generate
 * @param timing the window and the quiet period
 * @param meanFaultInterval the mean duration of a fault and of the gap between faults
 * @param network the latency model
 */
public record ScenarioParameters(String protocol, int nodes, int broadcasts, NemesisOptions nemesis, Timing timing,
        long meanFaultInterval, NetworkModel network) {

    /**
     * The largest group simulated: a broadcast costs up to n² packets, so 1,000 nodes already take
     * seconds a run, and far more would only run out of memory.
     */
    public static final int MOST_NODES = 1_000;

    /** The most broadcasts in a run: a million already writes a history of gigabytes. */
    public static final int MOST_BROADCASTS = 1_000_000;

    /** Refuses a simulated group larger than {@link #MOST_NODES}. */
    public static void checkSize(int nodes) {
        if (nodes > MOST_NODES) {
            throw new IllegalArgumentException("a simulated group has at most " + MOST_NODES + " nodes (a broadcast "
                    + "costs up to n² packets), got " + nodes);
        }
    }

    public ScenarioParameters {
        if (nodes < 1) {
            throw new IllegalArgumentException("a group needs at least one node, got " + nodes);
        }
        checkSize(nodes);
        if (broadcasts < 0) {
            throw new IllegalArgumentException("the number of broadcasts cannot be negative, got " + broadcasts);
        }
        if (broadcasts > MOST_BROADCASTS) {
            throw new IllegalArgumentException("a run has at most " + MOST_BROADCASTS + " broadcasts, got "
                    + broadcasts);
        }
    }

    /**
     * The defaults: 1 s window, a quiet period of 1 s or what the protocol needs to settle (see
     * {@link Timing#forProtocol}), faults of 250 ms on average, the default latency.
     */
    public static ScenarioParameters of(String protocol, int nodes, int broadcasts, NemesisOptions nemesis) {
        Timing timing = Timing.forProtocol(herald.protocol.Protocols.find(protocol).orElse(null), nodes,
                nemesis.crashes());
        return new ScenarioParameters(protocol, nodes, broadcasts, nemesis, timing, 250_000, NetworkModel.DEFAULT);
    }

    /** The scenario of one seed: its fault schedule first, then broadcasts from nodes not yet crashed. */
    public Scenario generate(long seed) {
        var names = Scenario.nodeNames(nodes);
        Schedule schedule = Nemeses.generate(nemesis, names, timing.window(), meanFaultInterval, seed);
        var planned = Workload.generate(names, broadcasts, timing.window(), schedule, seed);
        return new Scenario(protocol, names, planned, schedule, seed, timing, network);
    }
}
