package herald.node;

import herald.history.NodeId;

/**
 * A protocol whose every packet and timer goes through the one layer beneath it: it says which
 * layer, and the layer calls it back with what it delivers.
 */
public interface OverLayer extends Node {

    /** The layer this protocol stands on. */
    Layer below();

    @Override
    default void onReceive(NodeId from, Packet packet) {
        below().onReceive(from, packet);
    }

    @Override
    default void onTimer(Object tag) {
        below().onTimer(tag);
    }
}
