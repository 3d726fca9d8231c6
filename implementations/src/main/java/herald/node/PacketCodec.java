package herald.node;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import java.nio.charset.StandardCharsets;

/**
 * Packets as JSON, for runtimes whose nodes do not share memory: real sockets, other processes.
 *
 * <p>A packet is a record, possibly wrapping others ({@code PerfectLinks.Data(seq, payload)}
 * around a protocol's own record). Each packet object carries its class name in a {@code "@type"}
 * field, nested ones too, so that decoding gives back the same concrete records and
 * {@code decode(encode(p)).equals(p)}:
 *
 * <pre>
 * {"@type":"herald.link.PerfectLinks$Data","seq":3,"payload":
 *   {"@type":"herald.broadcast.EagerReliableBroadcast$Data","message":{"id":"n1-1","origin":"n1","data":"v1"}}}
 * </pre>
 *
 * <p>Only classes that implement {@link Packet} are ever named by a tag that is decoded: a datagram
 * naming any other class is refused, so a stray or hostile datagram cannot make the runtime load
 * what it likes.
 */
public final class PacketCodec {

    /** The field that names a packet's class. */
    public static final String TYPE = "@type";

    @JsonTypeInfo(use = JsonTypeInfo.Id.CLASS, include = JsonTypeInfo.As.PROPERTY, property = TYPE)
    private interface Tagged {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addMixIn(Packet.class, Tagged.class)
            .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Packet.class).build())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .build();

    private PacketCodec() {
    }

    /** The packet as one line of JSON, with its type tags. */
    public static String encode(Packet packet) {
        try {
            return MAPPER.writerFor(Packet.class).writeValueAsString(packet);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode the packet " + packet + " as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The packet as a JSON tree, with its type tags, to be embedded in a larger document. */
    public static JsonNode toTree(Packet packet) {
        return MAPPER.valueToTree(new Holder(packet)).get("packet");
    }

    /**
     * The packet that {@link #encode} wrote.
     *
     * @throws IllegalArgumentException when the text is not JSON, names no packet class, or does
     *     not fit the class it names
     */
    public static Packet decode(String json) {
        try {
            return MAPPER.readValue(json, Packet.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a packet: " + e.getOriginalMessage(), e);
        }
    }

    /** The packet a {@link #toTree} tree describes. */
    public static Packet fromTree(JsonNode tree) {
        try {
            return MAPPER.treeToValue(tree, Packet.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a packet: " + e.getMessage(), e);
        }
    }

    /** UTF-8 bytes of {@link #encode}, for a datagram. */
    public static byte[] bytes(Packet packet) {
        return encode(packet).getBytes(StandardCharsets.UTF_8);
    }

    /** Keeps the declared type {@code Packet} when a packet is turned into a tree. */
    private record Holder(Packet packet) {
    }
}
