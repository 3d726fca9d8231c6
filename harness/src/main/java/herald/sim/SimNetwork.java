package herald.sim;

import herald.nemesis.Delay;
import herald.nemesis.Duplicate;
import herald.nemesis.Fault;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.NetworkSemantics;
import herald.nemesis.Partition;
import herald.nemesis.Reorder;
import herald.scenario.NetworkModel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleBinaryOperator;

/**
 * The simulated network, and the one place where a packet's fate is decided.
 *
 * <p>Its state is a function of the faults active now: {@link #reconfigure} recomputes it whenever
 * a fault starts or stops, so overlapping faults combine (partitions cut the union of their
 * grudges; losses and duplications compound; delay spikes add up; the widest reordering wins).
 * A packet sent from {@code from} to {@code to} is the n-th on its link; every decision about it
 * (lost? delayed how long? duplicated? the copy delayed how long?) is a roll of {@link Dice} keyed
 * by (seed, purpose, link, n) alone, so that one packet's fate never depends on another link's
 * traffic nor on the order in which other decisions were made.
 *
 * <p>The {@link NetworkSemantics} decide what the network may do at all; on an ordered network a
 * packet never arrives before an earlier packet of its link, so it waits behind it.
 *
 * <p>Nothing here reads a clock: the caller says what time it is. The simulator passes virtual
 * time; the real-time runtimes ({@code herald.realtime}) pass wall-clock microseconds and use it
 * as their fault layer, so a schedule does the same to packets in both. It is not thread-safe.
 */
public final class SimNetwork {

    /** What {@link #send} returns for a packet that will never arrive; {@link #dropReason} says why. */
    public static final long DROPPED = -1;

    /** What {@link #copyArrival} returns when the last packet was not duplicated. */
    public static final long NO_COPY = -1;


    private final long seed;
    private final NetworkModel model;
    private final int n;
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final boolean[][] cut;
    private final long[][] sentOnLink;
    /** On an ordered network, the latest arrival scheduled on each link; null otherwise. */
    private final long[][] lastArrival;
    private final LinkTable loss;
    private final LinkTable duplicate;
    private final LinkTable spread;
    private final LinkTable extra;
    private String dropReason;
    private long copyArrival = NO_COPY;

    public SimNetwork(long seed, NetworkModel model, NetworkSemantics semantics, List<String> names) {
        this.seed = seed;
        this.model = model;
        this.n = names.size();
        this.names = List.copyOf(names);
        for (int k = 0; k < n; k++) {
            index.put(names.get(k), k);
        }
        this.cut = new boolean[n][n];
        this.sentOnLink = new long[n][n];
        this.lastArrival = semantics.ordered() ? new long[n][n] : null;
        this.loss = new LinkTable(n, 1);
        this.duplicate = new LinkTable(n, 1);
        this.spread = new LinkTable(n, 0);
        this.extra = new LinkTable(n, 0);
    }

    /** Recomputes the network's state from the faults active now. */
    public void reconfigure(List<Fault> active) {
        for (boolean[] row : cut) {
            Arrays.fill(row, false);
        }
        loss.clear();
        duplicate.clear();
        spread.clear();
        extra.clear();
        for (Fault fault : active) {
            if (fault instanceof Partition partition) {
                for (Map.Entry<String, ? extends Set<String>> grudge : partition.grudge().drops().entrySet()) {
                    int to = index.get(grudge.getKey());
                    for (String from : grudge.getValue()) {
                        cut[index.get(from)][to] = true;
                    }
                }
            } else if (fault instanceof Loss l) {
                // Tables of probabilities hold the chance to get through, so that faults compound.
                loss.apply(l.links(), index, 1 - l.p(), (a, b) -> a * b);
            } else if (fault instanceof Duplicate d) {
                duplicate.apply(d.links(), index, 1 - d.p(), (a, b) -> a * b);
            } else if (fault instanceof Reorder r) {
                spread.apply(r.links(), index, r.spread(), Math::max);
            } else if (fault instanceof Delay d) {
                for (int from = 0; from < n; from++) {
                    for (int to = 0; to < n; to++) {
                        if (from != to && d.slows(names.get(from), names.get(to))) {
                            extra.combine(from, to, d.extra(), Double::sum);
                        }
                    }
                }
            }
        }
    }

    /**
     * Decides the fate of the next packet on the link {@code from → to}, sent at {@code now}:
     * its arrival time, or {@link #DROPPED}. When the network duplicates it, {@link #copyArrival}
     * then says when the copy arrives.
     */
    public long send(int from, int to, long now) {
        long number = sentOnLink[from][to]++;
        copyArrival = NO_COPY;
        if (from == to) {
            return now;
        }
        if (cut[from][to]) {
            dropReason = "partition";
            return DROPPED;
        }
        if (loss.active && Dice.roll(seed, Dice.Purpose.LOSS, from, to, number) >= loss.get(from, to)) {
            dropReason = "loss";
            return DROPPED;
        }
        long arrival = now + latency(Dice.Purpose.LATENCY, from, to, number);
        if (extra.active) {
            arrival += Math.round(extra.get(from, to) * (0.5 + Dice.roll(seed, Dice.Purpose.DELAY, from, to, number)));
        }
        if (spread.active) {
            arrival += Math.round(spread.get(from, to) * Dice.roll(seed, Dice.Purpose.REORDER, from, to, number));
        }
        if (duplicate.active && Dice.roll(seed, Dice.Purpose.DUPLICATE, from, to, number) >= duplicate.get(from, to)) {
            copyArrival = arrival + latency(Dice.Purpose.COPY_LATENCY, from, to, number);
        }
        if (lastArrival != null) {
            arrival = Math.max(arrival, lastArrival[from][to]);
            if (copyArrival != NO_COPY) {
                copyArrival = Math.max(copyArrival, arrival);
            }
            lastArrival[from][to] = Math.max(arrival, copyArrival);
        }
        return arrival;
    }

    /** When the copy of the last packet {@link #send} passed arrives, or {@link #NO_COPY}. */
    public long copyArrival() {
        return copyArrival;
    }

    /** True when a cut made since the packet left stops it on arrival. */
    public boolean cutOnArrival(int from, int to) {
        return cut[from][to];
    }

    /** Why the last packet {@link #send} dropped was dropped. */
    public String dropReason() {
        return dropReason;
    }

    private long latency(Dice.Purpose purpose, int from, int to, long number) {
        double u = Dice.roll(seed, purpose, from, to, number);
        long more = Math.round(-model.meanExtra() * Math.log(1 - u));
        return Math.min(model.max(), model.min() + more);
    }

    public int size() {
        return n;
    }

    /**
     * One number per link for one kind of fault, allocated the first time such a fault starts and
     * skipped entirely (one test of {@code active}) while none is active.
     */
    private static final class LinkTable {
        private final int n;
        private final double neutral;
        private double[][] values;
        boolean active;

        LinkTable(int n, double neutral) {
            this.n = n;
            this.neutral = neutral;
        }

        void clear() {
            if (active) {
                for (double[] row : values) {
                    Arrays.fill(row, neutral);
                }
            }
            active = false;
        }

        double get(int from, int to) {
            return values[from][to];
        }

        void combine(int from, int to, double value, DoubleBinaryOperator how) {
            if (values == null) {
                values = new double[n][n];
                for (double[] row : values) {
                    Arrays.fill(row, neutral);
                }
            }
            active = true;
            values[from][to] = how.applyAsDouble(values[from][to], value);
        }

        /** Combines {@code value} into the given links, or into every link when there are none. */
        void apply(List<Link> links, Map<String, Integer> index, double value,
                DoubleBinaryOperator how) {
            if (links.isEmpty()) {
                for (int from = 0; from < n; from++) {
                    for (int to = 0; to < n; to++) {
                        combine(from, to, value, how);
                    }
                }
            } else {
                for (Link link : links) {
                    combine(index.get(link.from()), index.get(link.to()), value, how);
                }
            }
        }
    }
}
