package herald.run;

import java.security.SecureRandom;

/** Where a run's seed comes from when none is given. */
public final class Seeds {

    /** Seeds drawn at random run from 1 to this: six digits, which a student can read out in class. */
    static final long MOST = 999_999;

    private Seeds() {
    }

    /**
     * A seed of six digits at most, from the operating system's randomness: the only unseeded
     * choice Herald makes, and it is printed, so that the run can be had again.
     */
    public static long random() {
        return 1 + new SecureRandom().nextLong(MOST);
    }
}
