package herald.nemesis;

import herald.history.Header;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A fault schedule: the faults of one run, each with its start and stop, ordered by start, and the
 * world they happen in: the network's semantics and the failure model.
 *
 * <p>It is data: generated from a seed by {@link Nemeses}, written by hand and read by {@link
 * ScheduleJson}, replayed, and shrunk to fewer and shorter faults.
 *
 * @param description what the schedule is for, for people; may be null
 * @param network what the network may do; every fault must be one it permits
 * @param model {@code crash-stop} or {@code crash-recovery}: crashes that recover need the latter
 * @param faults the faults, ordered by start, then stop (ties keep their given order)
 */
public record Schedule(String description, NetworkSemantics network, String model, List<ScheduledFault> faults) {

    public static final Schedule NONE = new Schedule(List.of());

    public Schedule {
        Objects.requireNonNull(network, "network");
        faults = faults.stream()
                .sorted(Comparator.comparingLong(ScheduledFault::start).thenComparingLong(ScheduledFault::stop))
                .toList();
        if (model == null) {
            model = faults.stream().anyMatch(Schedule::recovers) ? Header.CRASH_RECOVERY : Header.CRASH_STOP;
        }
        if (!model.equals(Header.CRASH_STOP) && !model.equals(Header.CRASH_RECOVERY)) {
            throw new IllegalArgumentException("the model is crash-stop or crash-recovery, got \"" + model + "\"");
        }
        for (ScheduledFault f : faults) {
            network.permit(f.fault().name());
            if (recovers(f) && model.equals(Header.CRASH_STOP)) {
                throw new IllegalArgumentException("a crash that recovers needs the crash-recovery model");
            }
        }
    }

    /** The faults on the default network, in the model they need. */
    public Schedule(List<ScheduledFault> faults) {
        this(null, NetworkSemantics.DEFAULT, null, faults);
    }

    private static boolean recovers(ScheduledFault f) {
        return f.fault() instanceof Crash crash && crash.recover();
    }

    /** This schedule on another network. */
    public Schedule withNetwork(NetworkSemantics other) {
        return new Schedule(description, other, model, faults);
    }

    /** This schedule with other faults, in the same world. */
    public Schedule withFaults(List<ScheduledFault> other) {
        return new Schedule(description, network, model, other);
    }

    /** When the last fault stops: from then on the network is whole again. 0 with no faults. */
    public long healedAt() {
        return faults.stream().mapToLong(ScheduledFault::stop).max().orElse(0);
    }

    /**
     * The most a fault of this schedule can add to a packet's latency: the widest reordering plus
     * the largest delay spike (which adds up to one and a half times its mean). A packet sent just
     * before the heal may arrive that much later, so a run's quiet period starts after it.
     */
    public long longestDelay() {
        long spread = 0;
        long delay = 0;
        for (ScheduledFault f : faults) {
            if (f.fault() instanceof Reorder r) {
                spread = Math.max(spread, r.spread());
            } else if (f.fault() instanceof Delay d) {
                delay = Math.max(delay, d.extra() + d.extra() / 2);
            }
        }
        return spread + delay;
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    public int size() {
        return faults.size();
    }

    /** Whether some fault drops packets. */
    public boolean losesPackets() {
        return faults.stream().anyMatch(f -> f.fault().losesPackets());
    }

    public boolean crashRecovery() {
        return model.equals(Header.CRASH_RECOVERY);
    }

    /** The nodes some fault crashes, in the group's order. */
    public Set<String> crashedNodes() {
        Set<String> nodes = new TreeSet<>(Nodes.ORDER);
        for (ScheduledFault f : faults) {
            if (f.fault() instanceof Crash crash) {
                nodes.addAll(crash.nodes());
            }
        }
        return nodes;
    }

    /** Whether a link may deliver packets out of the order they were sent. */
    public boolean linksMayReorder() {
        return !network.ordered();
    }

    /**
     * Checks that every node a fault names is in the group.
     *
     * @throws IllegalArgumentException naming the fault and the node
     */
    public void checkNodes(List<String> group) {
        for (ScheduledFault f : faults) {
            for (String node : f.fault().mentions()) {
                if (!group.contains(node)) {
                    throw new IllegalArgumentException("the " + f.fault().name() + " from " + f.start() + " us names "
                            + node + ", which is not in the group " + group);
                }
            }
        }
    }
}
