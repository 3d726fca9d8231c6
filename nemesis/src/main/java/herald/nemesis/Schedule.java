package herald.nemesis;

import java.util.Comparator;
import java.util.List;

/** A fault schedule: the faults of one run, each with its start and stop, ordered by start. */
public record Schedule(List<ScheduledFault> faults) {

    public static final Schedule NONE = new Schedule(List.of());

    public Schedule {
        faults = faults.stream()
                .sorted(Comparator.comparingLong(ScheduledFault::start).thenComparingLong(ScheduledFault::stop))
                .toList();
    }

    /** When the last fault stops: from then on the network is whole again. 0 with no faults. */
    public long healedAt() {
        return faults.stream().mapToLong(ScheduledFault::stop).max().orElse(0);
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }

    public int size() {
        return faults.size();
    }
}
