package herald.realtime;

/**
 * A real-time run that cannot be judged: a part of Herald failed while it ran (a fault could not
 * be injected, one of the run's own threads failed), so its history does not say what the
 * protocol did under the schedule. Its message is one line naming what failed and why. The run's
 * history stops where the failure was noticed, without an {@code end}: it is not a complete run.
 */
public final class Inconclusive extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Inconclusive(String message, Throwable cause) {
        super(message, cause);
    }
}
