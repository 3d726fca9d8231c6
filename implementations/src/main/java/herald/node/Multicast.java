package herald.node;

import herald.history.NodeId;

/**
 * A send to the whole group in one packet, as IP multicast does: a capability some runtimes give
 * besides {@link Context#send}. The sockets runtime's context implements it with a UDP datagram to
 * a class-D group address that every node joined; one packet leaves the sender and the network
 * copies it to each member.
 *
 * <p>Like a {@code send}, a multicast travels over fair-loss links: each member may lose its copy,
 * or get it late or twice, independently of the others. The sender is a member and gets its own
 * copy.
 *
 * <p>A protocol asks for it with {@link #of(Context)}: a runtime without multicast (the simulator)
 * is given a fallback that sends the packet to every node one by one, which is what a multicast
 * looks like to the receivers, so the same protocol runs everywhere.
 */
public interface Multicast {

    /**
     * A node that sends by multicast: a runtime with IP multicast joins each of its processes to
     * the group before the nodes start, and says what is missing when it cannot.
     */
    interface Member extends Node {
    }

    /** Sends {@code packet} to every process of the group, this one included. */
    void multicast(Packet packet);

    /** The context's own multicast if it has one, else one {@code send} per process of the group. */
    static Multicast of(Context context) {
        if (context instanceof Multicast multicast) {
            return multicast;
        }
        return packet -> {
            for (NodeId q : context.nodes()) {
                context.send(q, packet);
            }
        };
    }
}
