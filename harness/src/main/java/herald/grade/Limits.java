package herald.grade;

/**
 * What grading a Java class may spend: per run of the battery, and on shrinking a failing one.
 *
 * @param steps calls into the nodes in one run; past it the run is stopped (a livelock)
 * @param callsPerHandler sends and timers in one call; past it the node is stopped (a flood)
 * @param handlerMillis how long one call may run; past it the class's JVM is stopped (an endless loop)
 * @param heapMegabytes the heap of the JVM the battery runs in (allocation without end fills it)
 * @param shrinkRuns how many smaller candidates the shrinker may run for one failing scenario (each
 *     on the same limits); 0 keeps every failing scenario as found
 */
public record Limits(long steps, long callsPerHandler, long handlerMillis, int heapMegabytes, int shrinkRuns) {

    /** 2,000,000 steps, 100,000 sends and timers per call, 2 s per call, a 256 MB heap, 1,000 shrinking runs. */
    public static final Limits DEFAULT = new Limits(2_000_000, 100_000, 2_000, 256, 1_000);

    public Limits {
        if (steps < 1 || callsPerHandler < 1 || handlerMillis < 1 || heapMegabytes < 32 || shrinkRuns < 0) {
            throw new IllegalArgumentException("limits must be positive, the heap at least 32 MB, and shrinking "
                    + "runs 0 or more");
        }
    }

    public Limits withHandlerMillis(long millis) {
        return new Limits(steps, callsPerHandler, millis, heapMegabytes, shrinkRuns);
    }

    public Limits withSteps(long max) {
        return new Limits(max, callsPerHandler, handlerMillis, heapMegabytes, shrinkRuns);
    }

    public Limits withShrinkRuns(int runs) {
        return new Limits(steps, callsPerHandler, handlerMillis, heapMegabytes, runs);
    }
}
