package herald.sockets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import herald.history.NodeId;
import herald.node.Packet;
import herald.node.PacketCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What travels on the wire: a packet, its sender and the run it belongs to, as one JSON object
 * (the packet with its type tags, see {@link PacketCodec}):
 *
 * <pre>{"run":"5f3a…","from":"n1","packet":{"@type":"herald.link.PerfectLinks$Ack","seq":3}}</pre>
 *
 * <p>The run's token keeps apart two runs that share a multicast group or a port by chance: a
 * datagram of another run, or anything that is not a packet, is ignored, as a network's stray
 * traffic would be.
 */
public final class Wire {

    /** A packet that arrived, and who sent it. */
    public record Envelope(NodeId from, Packet packet) {
    }

    private final String run;

    public Wire(String run) {
        this.run = run;
    }

    public byte[] encode(NodeId from, Packet packet) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("run", run);
        json.put("from", from.name());
        json.set("packet", PacketCodec.toTree(packet));
        return Json.line(json).getBytes(StandardCharsets.UTF_8);
    }

    /** The envelope in {@code datagram}, or null when it is not one of this run's. */
    public Envelope decode(byte[] datagram) {
        try {
            JsonNode json = Json.MAPPER.readTree(new String(datagram, StandardCharsets.UTF_8));
            if (json == null || !run.equals(json.path("run").asText(null)) || !json.path("from").isTextual()) {
                return null;
            }
            return new Envelope(NodeId.of(json.get("from").asText()), PacketCodec.fromTree(json.get("packet")));
        } catch (IOException | IllegalArgumentException strayDatagram) {
            return null;
        }
    }
}
