package herald.node;

import herald.history.NodeId;

/**
 * A layer a protocol stacks on, as the textbook stacks its components: perfect links on the
 * network, reliable broadcast on perfect links, FIFO broadcast on reliable broadcast. The layer
 * takes the packets and timers that are its own and leaves the others.
 */
public interface Layer {

    /** Handles a packet if it belongs to the layer; false for anyone else's packet. */
    boolean onReceive(NodeId from, Packet packet);

    /** Handles a timer if it belongs to the layer; false for anyone else's timer. */
    boolean onTimer(Object tag);
}
