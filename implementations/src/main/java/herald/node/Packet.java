package herald.node;

/**
 * What one node sends another. Packets are immutable values, in practice records whose
 * components are primitives, strings, {@link Message}s, {@link herald.history.NodeId}s, other
 * packets, and immutable lists and maps of those, so the same packet can be handed over as an
 * object in simulation and encoded as JSON on a real network.
 */
public interface Packet {
}
