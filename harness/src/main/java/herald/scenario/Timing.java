package herald.scenario;

/**
 * The durations of a run, in microseconds: broadcasts and faults happen within {@code window};
 * after the later of the window's end and the last fault's stop, the run waits {@code quiet} for a
 * correct protocol to finish, then ends.
 */
public record Timing(long window, long quiet) {

    public static final Timing DEFAULT = new Timing(1_000_000, 1_000_000);

    /**
     * The default window, and a quiet period long enough for {@code protocol} on {@code nodes}
     * processes of which up to {@code crashes} crash: the default second, or what the protocol's
     * nodes say they need to settle, whichever is longer.
     */
    public static Timing forProtocol(herald.protocol.Protocol protocol, int nodes, int crashes) {
        return new Timing(DEFAULT.window(), Math.max(DEFAULT.quiet(), settling(protocol, nodes, crashes)));
    }

    /**
     * What {@code protocol}'s nodes say they need after the heal to settle, on {@code nodes}
     * processes of which up to {@code crashes} crash; 0 when they say nothing (or no protocol).
     */
    public static long settling(herald.protocol.Protocol protocol, int nodes, int crashes) {
        return protocol != null && protocol.newNode() instanceof herald.node.Settling settling
                ? settling.settlingTime(nodes, crashes) : 0;
    }

    public Timing {
        if (window < 0 || quiet < 0) {
            throw new IllegalArgumentException("durations cannot be negative");
        }
    }
}
