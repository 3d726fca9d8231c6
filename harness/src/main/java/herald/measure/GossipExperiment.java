package herald.measure;

import herald.gossip.GossipParameters;
import herald.rounds.RoundEngine;
import herald.rounds.Spread;
import java.util.ArrayList;
import java.util.List;

/**
 * One measurement: a gossip protocol, a group size, a number of runs, a loss rate. Each run
 * broadcasts one rumor from a random node and follows it round by round in the {@link RoundEngine}:
 * anti-entropy until everyone knows, rumor mongering until every node has lost interest.
 *
 * @param parameters the protocol
 * @param nodes the group's size
 * @param runs how many runs, each with its own random choices
 * @param loss the probability that a packet is lost
 * @param seed the seed of every random choice; run k is run k of that seed
 * @param maxRounds a run stops after this many rounds whatever happened
 */
public record GossipExperiment(GossipParameters parameters, int nodes, int runs, double loss, long seed,
        int maxRounds) {

    /** The largest group measured. */
    public static final int MOST_NODES = 1_000_000;

    public GossipExperiment {
        if (nodes < 2) {
            throw new IllegalArgumentException("gossip needs at least 2 nodes, got " + nodes);
        }
        if (nodes > MOST_NODES) {
            throw new IllegalArgumentException("gossip measures at most " + MOST_NODES + " nodes (a run of that many "
                    + "takes about half a minute), got " + nodes);
        }
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        if (!(loss >= 0 && loss < 1)) {
            throw new IllegalArgumentException("--loss must be at least 0 and below 1, got " + loss);
        }
        if (maxRounds < 1) {
            throw new IllegalArgumentException("--max-rounds must be at least 1, got " + maxRounds);
        }
    }

    /** The mode as the command line names it: push, pull, push-pull, or rumor. */
    public String mode() {
        return parameters.rumorMongering() ? "rumor" : parameters.mode().toString();
    }

    /** Runs every run and keeps what each observed; also times the whole, for the report. */
    public Measurement run() {
        long start = System.nanoTime();
        RoundEngine engine = new RoundEngine(nodes, parameters::newNode, loss, seed);
        List<Spread> spreads = new ArrayList<>(runs);
        for (int run = 0; run < runs; run++) {
            spreads.add(engine.spread(run, maxRounds, !parameters.rumorMongering()));
        }
        return new Measurement(this, spreads, (System.nanoTime() - start) / 1e9);
    }
}
