package herald.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.NodeId;
import herald.node.Packet;

/**
 * Packets as JSON and back: records field by field, typed by their components' declared types,
 * with {@code "@type"} naming the class wherever the declared type leaves it open.
 *
 * <p>Values a packet may hold: records, strings, booleans, numbers, characters, enums,
 * {@link NodeId}s, lists, sets, maps and arrays of those, and null. Anything else (a mutable class
 * with fields, a lambda) is refused with a sentence naming it.
 */
public final class PacketJson {

    /** The field that names a value's class where its declaration does not. */
    static final String TYPE = "@type";
    /** The field that holds a tagged plain value. */
    static final String VALUE = "@value";

    private final PacketReader reader;

    /** A codec that finds the classes a line names with {@code classes}. */
    public PacketJson(ClassLoader classes) {
        this.reader = new PacketReader(classes);
    }

    /** The packet as JSON, its class in {@code "@type"}. */
    public ObjectNode encode(Packet packet) {
        return (ObjectNode) PacketWriter.write(packet, Packet.class);
    }

    /**
     * The packet {@code json} holds.
     *
     * @throws IllegalArgumentException saying what in {@code json} is not a packet
     */
    public Packet decode(JsonNode json) {
        Object value = reader.read(json, Packet.class);
        if (!(value instanceof Packet packet)) {
            throw new IllegalArgumentException("not a packet: " + json);
        }
        return packet;
    }
}
