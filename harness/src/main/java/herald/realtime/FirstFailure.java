package herald.realtime;

import java.util.concurrent.TimeUnit;

/**
 * The first failure of one of a real-time run's own threads (the nemesis's, the network's, a
 * socket's reader), kept for the run's thread, which ends the run with it as soon as it looks:
 * a background thread never fails silently, nor with a stack trace on stderr.
 */
public final class FirstFailure {

    private final WallClock clock;
    private Inconclusive failure;

    public FirstFailure(WallClock clock) {
        this.clock = clock;
    }

    /**
     * Keeps {@code cause} as the run's failure, unless one came first; {@code what} says what could
     * not be done, e.g. "the nemesis could not start partition at 120 ms".
     */
    public synchronized void report(String what, Throwable cause) {
        if (failure == null) {
            String why = cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getName()
                    : cause.getMessage().strip().replace('\n', ' ');
            failure = new Inconclusive("inconclusive run: " + what + ": " + why, cause);
            notifyAll();
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
    public synchronized boolean failed() {
        return failure != null;
    }

    /** @throws Inconclusive when something failed */
    public synchronized void check() {
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Sleeps until {@code micros} on the run's clock, or until something fails.
     *
     * @throws Inconclusive when something failed, before or while sleeping
     */
    public synchronized void sleepUntil(long micros) throws InterruptedException {
        long wait;
        while (failure == null && (wait = micros - clock.now()) > 0) {
            TimeUnit.MICROSECONDS.timedWait(this, wait);
        }
        check();
    }
}
