package herald.node;

/**
 * A node that can say how long its protocol needs, after the last fault stops, to finish what it
 * owes: the quiet period a run must wait before liveness is judged. Most protocols finish within
 * the default second; gossip needs more rounds as the group grows and as crashed peers waste them.
 * The runtime asks a fresh node, before {@code init}.
 */
public interface Settling {

    /**
     * Microseconds a correct run needs after the heal, for a group of {@code nodes} processes of
     * which up to {@code crashes} crashed.
     */
    long settlingTime(int nodes, int crashes);
}
