package herald.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import herald.node.Packet;

/** What a traced {@code send} event shows of a packet, in every runtime. */
public final class PacketTrace {

    private PacketTrace() {
    }

    /** The packet's kind (its class's simple name) and its fields, or its text when it has no JSON form. */
    public static JsonNode describe(Packet packet) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("kind", packet.getClass().getSimpleName());
        try {
            JsonNode fields = Json.MAPPER.valueToTree(packet);
            if (fields.isObject()) {
                json.setAll((ObjectNode) fields);
            }
        } catch (IllegalArgumentException notSerializable) {
            json.put("text", packet.toString());
        }
        return json;
    }
}
