package herald.realtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The first failure of one of a real-time run's own threads (the nemesis's, the network's, a
 * socket's reader), kept for the run's thread, which ends the run with it as soon as it looks:
 * a background thread never fails silently, nor with a stack trace on stderr.
 */
public final class FirstFailure {

    private final WallClock clock;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled at the failure; sleepers wait on it to the microsecond. */
    private final Condition failed = lock.newCondition();
    private Inconclusive failure;

    public FirstFailure(WallClock clock) {
        this.clock = clock;
    }

    /**
     * Keeps {@code cause} as the run's failure, unless one came first; {@code what} says what could
     * not be done, e.g. "the nemesis could not start partition at 120 ms".
     */
    public void report(String what, Throwable cause) {
        lock.lock();
        try {
            if (failure == null) {
                String why = cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getName()
                        : cause.getMessage().strip().replace('\n', ' ');
                failure = new Inconclusive("inconclusive run: " + what + ": " + why, cause);
                failed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code task}, reporting what it throws as the run's failure, with {@code what} it was doing. */
    public Runnable guard(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                report(what, e);
            }
        };
    }

    /** Whether something failed. */
    public boolean failed() {
        lock.lock();
        try {
            return failure != null;
        } finally {
            lock.unlock();
        }
    }

    /** @throws Inconclusive when something failed */
    public void check() {
        lock.lock();
        try {
            if (failure != null) {
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sleeps until {@code micros} on the run's clock, or until something fails.
     *
     * @throws Inconclusive when something failed, before or while sleeping
     */
    public void sleepUntil(long micros) throws InterruptedException {
        lock.lock();
        try {
            long wait;
            while (failure == null && (wait = micros - clock.now()) > 0) {
                failed.awaitNanos(TimeUnit.MICROSECONDS.toNanos(wait));
            }
            check();
        } finally {
            lock.unlock();
        }
    }
}
