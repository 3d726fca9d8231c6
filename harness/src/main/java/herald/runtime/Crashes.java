package herald.runtime;

/**
 * What every runtime does when a node crashes: a handler that throws crashes its own process (and
 * nothing else), recorded with the exception as its reason; the perfect failure detector tells the
 * others after {@link #DETECTION_DELAY}, unless the process is back by then.
 */
public final class Crashes {

    /** How long the perfect failure detector takes to suspect a crashed node: 50 ms. */
    public static final long DETECTION_DELAY = 50_000;

    private Crashes() {
    }

    /**
     * Lets what a handler threw crash its process, unless the JVM itself is in trouble: an
     * {@link OutOfMemoryError} or an internal error is rethrown, since no process could survive it.
     * A stack overflow is the node's own recursion, and crashes only the node.
     */
    public static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
    }

    /**
     * The reason a crash event records for what a handler threw: the exception and the frame that
     * threw it, e.g. "java.lang.IllegalStateException: boom at X.onReceive(X.java:42)".
     */
    public static String reason(Throwable t) {
        StringBuilder text = new StringBuilder(t.getClass().getName());
        if (t.getMessage() != null) {
            text.append(": ").append(t.getMessage());
        }
        StackTraceElement[] frames = t.getStackTrace();
        if (frames.length > 0) {
            text.append(" at ").append(frames[0]);
        }
        return text.toString();
    }
}
