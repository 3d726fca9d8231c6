package herald.cli;

/** The exit codes every command uses. */
public final class Exit {

    /** Every property held. */
    public static final int VALID = 0;
    /** A property was violated. */
    public static final int VIOLATED = 1;
    /** Bad usage or bad input: the message says what. */
    public static final int BAD_INPUT = 2;
    /**
     * Herald itself failed: a bug, or a real-time run it could not carry out (a fault it could not
     * inject): the run is inconclusive, and the message says why.
     */
    public static final int INTERNAL = 3;

    private Exit() {
    }
}
