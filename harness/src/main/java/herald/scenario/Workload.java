package herald.scenario;

import herald.nemesis.Crash;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The default workload: M broadcasts at uniformly random times in the window, each from a random
 * node that the schedule has not crashed by then, with payloads {@code v1}, {@code v2}, …
 */
public final class Workload {

    private Workload() {
    }

    public static List<PlannedBroadcast> generate(List<String> nodes, int count, long window, Schedule schedule,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long[] times = new long[count];
        for (int j = 0; j < count; j++) {
            times[j] = random.nextLong(window + 1);
        }
        java.util.Arrays.sort(times);
        List<PlannedBroadcast> broadcasts = new ArrayList<>(count);
        for (int j = 0; j < count; j++) {
            List<String> alive = aliveAt(nodes, schedule, times[j]);
            if (alive.isEmpty()) {
                continue;
            }
            String node = alive.get(random.nextInt(alive.size()));
            broadcasts.add(new PlannedBroadcast(times[j], node, "v" + (j + 1)));
        }
        return broadcasts;
    }

    /** The nodes the schedule has not crashed at time {@code t}: down from a crash until its recovery, if any. */
    static List<String> aliveAt(List<String> nodes, Schedule schedule, long t) {
        List<String> alive = new ArrayList<>(nodes);
        for (ScheduledFault f : schedule.faults()) {
            if (f.fault() instanceof Crash crash && f.start() <= t && (!crash.recover() || t < f.stop())) {
                alive.removeAll(crash.nodes());
            }
        }
        return alive;
    }
}
