package herald.realtime;

import java.util.concurrent.TimeUnit;

/** Microseconds since a run started, from the JVM's monotonic clock. */
public final class WallClock {

    private final long origin = System.nanoTime();

    /** Microseconds since this clock was made. */
    public long now() {
        return (System.nanoTime() - origin) / 1_000;
    }

    /** Sleeps until {@code micros} since the start; returns at once when that time has passed. */
    public void sleepUntil(long micros) throws InterruptedException {
        long wait;
        while ((wait = micros - now()) > 0) {
            TimeUnit.MICROSECONDS.sleep(wait);
        }
    }
}
