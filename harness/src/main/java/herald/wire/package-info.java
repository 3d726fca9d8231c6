/**
 * Packets on a wire: how a {@link herald.node.Packet} becomes JSON and back, so that a node whose
 * peers are other processes (a Maelstrom program, a socket) can send what it sends in simulation.
 *
 * <p>Packets are records of plain values, so the encoding follows the record: one JSON field per
 * component, named as the component is. Where the component's declared type does not say what the
 * value is (a {@code Packet payload} holding some protocol's record, an {@code Object} tag), the
 * value carries its class in {@code "@type"}. Decoding reads each component by its declared type,
 * generics included ({@code List<Message>}), and builds the record through its canonical
 * constructor; only records and plain values are ever built, whatever class a line names.
 */
package herald.wire;
