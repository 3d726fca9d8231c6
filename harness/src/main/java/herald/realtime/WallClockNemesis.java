package herald.realtime;

import herald.nemesis.Fault;
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
 * scenario's time zero, in the schedule's order when two fall together.
 *
 * <p>A change that fails (a firewall rule refused, a proxy gone) is the run's failure: the injector
 * has already recorded the fault as started, so the history would claim a fault that never
 * happened. The nemesis stops there, reports it to the run's {@link FirstFailure}, and
 * {@link #awaitHealed} throws it.
 */
public final class WallClockNemesis implements AutoCloseable {

    private final Schedule schedule;
    private final FaultInjector injector;
    private final WallClock clock;
    private final FirstFailure failures;
    private final ScheduledThreadPoolExecutor timer;
    private final CountDownLatch applied;
    private long zero;

    public WallClockNemesis(Schedule schedule, FaultInjector injector, WallClock clock, FirstFailure failures) {
        this.schedule = schedule;
        this.injector = injector;
        this.clock = clock;
        this.failures = failures;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "herald-nemesis");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.applied = new CountDownLatch(2 * schedule.faults().size());
    }

    /** Schedules every start and stop, at their times after {@code zero} on the clock; returns at once. */
    public void start(long zero) {
        record Change(long at, int order, String action, Fault fault) {
        }
        this.zero = zero;
        List<Change> changes = new ArrayList<>();
        int order = 0;
        for (ScheduledFault f : schedule.faults()) {
            changes.add(new Change(zero + f.start(), order++, "start", f.fault()));
            changes.add(new Change(zero + f.stop(), order++, "stop", f.fault()));
        }
        changes.sort(Comparator.comparingLong(Change::at).thenComparingInt(Change::order));
        long now = clock.now();
        for (Change change : changes) {
            timer.schedule(() -> apply(change.action(), change.fault()), Math.max(0, change.at() - now),
                    TimeUnit.MICROSECONDS);
        }
    }

    private void apply(String action, Fault fault) {
        if (failures.failed()) {
            return;
        }
        try {
            if (action.equals("start")) {
                injector.start(fault);
            } else {
                injector.stop(fault);
            }
            applied.countDown();
        } catch (RuntimeException | Error e) {
            failures.report("the nemesis could not " + action + " " + fault.name()
                    + (fault.detail() == null ? "" : " " + fault.detail()) + " at " + clock.now() / 1_000 + " ms", e);
            timer.shutdownNow();
        }
    }

    /** When the last fault stops, on the run's clock. */
    public long healedAt() {
        return zero + schedule.healedAt();
    }

    /**
     * Waits until every fault of the schedule has started and stopped.
     *
     * @throws Inconclusive when a change failed, or another part of the run did
     */
    public void awaitHealed() throws InterruptedException {
        while (!applied.await(10, TimeUnit.MILLISECONDS)) {
            failures.check();
        }
        failures.check();
    }

    /** Abandons what has not happened yet. */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
