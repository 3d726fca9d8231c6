package herald.bench;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * Times a piece of work a few times after warming up, and reports the median: a figure that
 * does not move with one slow repetition.
 */
final class Measure {

    private Measure() {
    }

    /** The result of timing: median and best seconds, and the work's own count (packets, deliveries). */
    record Timing(double medianSeconds, double bestSeconds, long units) {
        double perSecond() {
            return units / medianSeconds;
        }
    }

    /** Runs {@code work} {@code warmups} times untimed, then {@code repeats} times timed. */
    static Timing time(int warmups, int repeats, LongSupplier work) {
        for (int k = 0; k < warmups; k++) {
            work.getAsLong();
        }
        double[] seconds = new double[repeats];
        long units = 0;
        for (int k = 0; k < repeats; k++) {
            long start = System.nanoTime();
            units = work.getAsLong();
            seconds[k] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return new Timing(seconds[repeats / 2], seconds[0], units);
    }
}
