package herald.sim;

import herald.nemesis.Fault;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.scenario.NetworkModel;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The simulated network, and the one place where a packet's fate is decided.
 *
 * <p>Its state is a function of the faults active now: {@link #reconfigure} recomputes it whenever
 * a fault starts or stops, so overlapping faults combine (partitions cut the union of their
 * grudges; losses compound). A packet sent from {@code from} to {@code to} is the n-th on its link;
 * its fate is rolled from (seed, link, n) alone.
 */
final class SimNetwork {

    /** What {@link #send} returns for a packet that will never arrive; {@link #dropReason} says why. */
    static final long DROPPED = -1;

    private static final int ROLL_LOSS = 1;
    private static final int ROLL_LATENCY = 2;

    private final long seed;
    private final NetworkModel model;
    private final int n;
    private final boolean[][] cut;
    private final long[][] sentOnLink;
    private double loss;
    private String dropReason;

    SimNetwork(long seed, NetworkModel model, int n) {
        this.seed = seed;
        this.model = model;
        this.n = n;
        this.cut = new boolean[n][n];
        this.sentOnLink = new long[n][n];
    }

    /** Recomputes the network's state from the faults active now. */
    void reconfigure(List<Fault> active, Map<String, Integer> index) {
        for (boolean[] row : cut) {
            java.util.Arrays.fill(row, false);
        }
        double through = 1;
        for (Fault fault : active) {
            if (fault instanceof Partition partition) {
                for (Map.Entry<String, Set<String>> grudge : partition.grudge().entrySet()) {
                    int to = index.get(grudge.getKey());
                    for (String from : grudge.getValue()) {
                        cut[index.get(from)][to] = true;
                    }
                }
            } else if (fault instanceof Loss l) {
                through *= 1 - l.p();
            }
        }
        loss = 1 - through;
    }

    /**
     * Decides the fate of the next packet on the link {@code from → to}, sent at {@code now}:
     * its arrival time, or {@link #DROPPED}.
     */
    long send(int from, int to, long now) {
        long number = sentOnLink[from][to]++;
        if (from == to) {
            return now;
        }
        if (cut[from][to]) {
            dropReason = "partition";
            return DROPPED;
        }
        if (loss > 0 && Dice.roll(seed, ROLL_LOSS, from, to, number) < loss) {
            dropReason = "loss";
            return DROPPED;
        }
        return now + latency(from, to, number);
    }

    /** True when a cut made since the packet left stops it on arrival. */
    boolean cutOnArrival(int from, int to) {
        return cut[from][to];
    }

    /** Why the last packet {@link #send} dropped was dropped. */
    String dropReason() {
        return dropReason;
    }

    private long latency(int from, int to, long number) {
        double u = Dice.roll(seed, ROLL_LATENCY, from, to, number);
        long extra = Math.round(-model.meanExtra() * Math.log(1 - u));
        return Math.min(model.max(), model.min() + extra);
    }

    int size() {
        return n;
    }
}
