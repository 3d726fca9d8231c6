package herald.realtime;

import herald.runtime.Crashes;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The perfect failure detector of a real-time run, as the simulator's: {@link Crashes#DETECTION_DELAY}
 * after a process crashed, if it is still down in the same incarnation (the
 * {@link RealTimeInjector} knows), every live node is told.
 */
public final class FailureDetector implements AutoCloseable {

    /** Tells every live node that {@code crashed} crashed. */
    @FunctionalInterface
    public interface Suspicion {
        void suspect(String crashed);
    }

    private final RealTimeInjector states;
    private final Suspicion tell;
    private final FirstFailure failures;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "herald-failure-detector");
        t.setDaemon(true);
        return t;
    });

    public FailureDetector(RealTimeInjector states, Suspicion tell, FirstFailure failures) {
        this.states = states;
        this.tell = tell;
        this.failures = failures;
        this.timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** {@code node} has just crashed: the others hear of it after the delay, unless it is back by then. */
    public void crashed(String node) {
        int incarnation = states.incarnation(node);
        Runnable suspect = failures.guard("the failure detector could not tell the others that " + node
                + " crashed", () -> {
                    if (states.down(node) && states.incarnation(node) == incarnation) {
                        tell.suspect(node);
                    }
                });
        try {
            timer.schedule(suspect, Crashes.DETECTION_DELAY, TimeUnit.MICROSECONDS);
        } catch (RejectedExecutionException runOver) {
            // The run is over: nobody is left to suspect it.
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
