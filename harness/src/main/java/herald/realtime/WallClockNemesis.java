package herald.realtime;

import herald.nemesis.FaultInjector;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Plays a fault schedule in wall-clock time: each fault starts and stops at its times since the
 * run's clock started, in the schedule's order when two fall together.
 */
public final class WallClockNemesis implements AutoCloseable {

    private final Schedule schedule;
    private final FaultInjector injector;
    private final WallClock clock;
    private final ScheduledThreadPoolExecutor timer;
    private final CountDownLatch applied;

    public WallClockNemesis(Schedule schedule, FaultInjector injector, WallClock clock) {
        this.schedule = schedule;
        this.injector = injector;
        this.clock = clock;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "herald-nemesis");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.applied = new CountDownLatch(2 * schedule.faults().size());
    }

    /** Schedules every start and stop; returns at once. */
    public void start() {
        record Change(long at, int order, Runnable action) {
        }
        List<Change> changes = new ArrayList<>();
        int order = 0;
        for (ScheduledFault f : schedule.faults()) {
            changes.add(new Change(f.start(), order++, () -> injector.start(f.fault())));
            changes.add(new Change(f.stop(), order++, () -> injector.stop(f.fault())));
        }
        changes.sort(Comparator.comparingLong(Change::at).thenComparingInt(Change::order));
        long now = clock.now();
        for (Change change : changes) {
            timer.schedule(() -> {
                try {
                    change.action().run();
                } finally {
                    applied.countDown();
                }
            }, Math.max(0, change.at() - now), TimeUnit.MICROSECONDS);
        }
    }

    /** When the last fault stops. */
    public long healedAt() {
        return schedule.healedAt();
    }

    /** Waits until every fault of the schedule has started and stopped. */
    public void awaitHealed() throws InterruptedException {
        applied.await();
    }

    /** Abandons what has not happened yet. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
