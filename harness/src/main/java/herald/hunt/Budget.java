package herald.hunt;

import java.time.Duration;

/**
 * How long a search may go on: at most {@code tries} scenarios and at most {@code time} of wall
 * clock, whichever ends first. A budget of tries alone makes a search deterministic.
 *
 * @param tries how many scenarios at most
 * @param time how long at most; null for no limit
 */
public record Budget(long tries, Duration time) {

    public Budget {
        if (tries < 1) {
            throw new IllegalArgumentException("a search needs at least one try, got " + tries);
        }
        if (time != null && (time.isNegative() || time.isZero())) {
            throw new IllegalArgumentException("a time limit must be positive, got " + time);
        }
    }

    /** At most {@code tries} scenarios, however long they take. */
    public static Budget tries(long tries) {
        return new Budget(tries, null);
    }

    /** As many scenarios as fit in {@code time}. */
    public static Budget time(Duration time) {
        return new Budget(Long.MAX_VALUE, time);
    }
}
