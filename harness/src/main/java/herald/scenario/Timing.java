package herald.scenario;

/**
 * The durations of a run, in microseconds: broadcasts and faults happen within {@code window};
 * after the later of the window's end and the last fault's stop, the run waits {@code quiet} for a
 * correct protocol to finish, then ends.
 */
public record Timing(long window, long quiet) {

    public static final Timing DEFAULT = new Timing(1_000_000, 1_000_000);

    public Timing {
        if (window < 0 || quiet < 0) {
            throw new IllegalArgumentException("durations cannot be negative");
        }
    }
}
