package herald.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.nio.charset.StandardCharsets;

/**
 * Packets as JSON and back, for runtimes whose nodes do not share memory: real sockets, other
 * processes speaking Maelstrom's protocol.
 *
 * <p>A packet is a record of plain values, so the encoding follows the record: one JSON field per
 * component, named as the component is. Where the component's declared type does not say what the
 * value is (a {@code Packet payload} holding some protocol's record, an {@code Object} tag), the
 * value carries its class in {@code "@type"}, and a plain value there sits in {@code "@value"}:
 *
 * <pre>
 * {"@type":"herald.link.PerfectLinks$Data","seq":3,"payload":
 *   {"@type":"herald.broadcast.EagerReliableBroadcast$Data","message":{"id":"n1-1","origin":"n1","data":"v1"}}}
 * </pre>
 *
 * <p>Decoding reads each component by its declared type, generics included ({@code List<Message>},
 * {@code Map<NodeId, Long>}), and builds the record through its canonical constructor, so that
 * {@code decode(encode(p)).equals(p)}. Values a packet may hold: records, strings, booleans,
 * numbers, characters, enums, {@link herald.history.NodeId}s, lists, sets, maps and arrays of
 * those, and null; anything else is refused with a sentence naming it.
 *
 * <p>A tag may name only a {@link Packet} class or a plain value (a string, a boxed number, a node
 * id, an array of those), and only where it fits the declared type; other records are built only
 * where a packet's own declaration names them. A stray or hostile datagram cannot make a runtime
 * load or build what it likes. Classes are looked up with the thread's context class loader, or
 * else this class's.
 */
public final class PacketCodec {

    /** The field that names a value's class where its declaration does not. */
    public static final String TYPE = "@type";
    /** The field that holds a tagged plain value. */
    static final String VALUE = "@value";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The reader for the class loader last used, which remembers the classes it has looked up. */
    private static volatile PacketReader reader = new PacketReader(PacketCodec.class.getClassLoader());

    private PacketCodec() {
    }

    /** The packet as a JSON tree, its class in {@code "@type"}, to be embedded in a larger document. */
    public static ObjectNode toTree(Packet packet) {
        return (ObjectNode) PacketWriter.write(packet, Packet.class);
    }

    /** The packet as one line of JSON. */
    public static String encode(Packet packet) {
        return toTree(packet).toString();
    }

    /** UTF-8 bytes of {@link #encode}, for a datagram. */
    public static byte[] bytes(Packet packet) {
        return encode(packet).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The packet a {@link #toTree} tree describes.
     *
     * @throws IllegalArgumentException "not a packet: " and what in {@code json} is wrong
     */
    public static Packet fromTree(JsonNode json) {
        Object value;
        try {
            value = reader().read(json, Packet.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a packet: " + e.getMessage(), e);
        }
        if (!(value instanceof Packet packet)) {
            throw new IllegalArgumentException("not a packet: " + json);
        }
        return packet;
    }

    /**
     * The packet that {@link #encode} wrote.
     *
     * @throws IllegalArgumentException when the text is not JSON, names no packet class, or does
     *     not fit the class it names
     */
    public static Packet decode(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a packet: " + Json.problem(e), e);
        }
        return fromTree(tree);
    }

    private static PacketReader reader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ClassLoader loader = context != null ? context : PacketCodec.class.getClassLoader();
        PacketReader last = reader;
        if (!last.uses(loader)) {
            last = new PacketReader(loader);
            reader = last;
        }
        return last;
    }
}
