package herald.nemesis;

/**
 * A fault and when it happens: it starts at {@code start} and stops at {@code stop}, both in
 * microseconds since the run started.
 */
public record ScheduledFault(long start, long stop, Fault fault) {

    public ScheduledFault {
        if (start < 0 || stop < start) {
            throw new IllegalArgumentException("a fault must start at or after 0 and stop no earlier than it starts, got "
                    + start + ".." + stop);
        }
    }

    public long duration() {
        return stop - start;
    }
}
