package herald.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.broadcast.EagerReliableBroadcast;
import herald.broadcast.ReliableBroadcastLayer;
import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.order.CausalBroadcast;
import herald.order.SkeenTotalOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Packets to JSON and back: the same records, and nothing but packets and plain values ever built by name. */
class PacketCodecTest {

    private static final Message M = new Message("n1-1", NodeId.of("n1"), "v1");

    @Test
    void aNestedPacketComesBackAsTheSameRecordsWithTheirClassNames() {
        Packet packet = new PerfectLinks.Data(3, new EagerReliableBroadcast.Data(M));
        String json = PacketCodec.encode(packet);
        assertThat(json).isEqualTo("{\"@type\":\"herald.link.PerfectLinks$Data\",\"seq\":3,\"payload\":"
                + "{\"@type\":\"herald.broadcast.EagerReliableBroadcast$Data\",\"message\":"
                + "{\"id\":\"n1-1\",\"origin\":\"n1\",\"data\":\"v1\"}}}");
        assertThat(PacketCodec.decode(json)).isEqualTo(packet);
    }

    @Test
    void listsNodeIdsAndRecordsInsidePacketsRoundTrip() {
        List<Packet> packets = List.of(
                new CausalBroadcast.Data(List.of(1, 0, 2), M),
                new SkeenTotalOrder.Proposal("n1-1", new SkeenTotalOrder.Priority(4, NodeId.of("n2"))),
                new ReliableBroadcastLayer.Data(NodeId.of("n3"), 7, new PerfectLinks.Ack(9)),
                new PerfectLinks.Ack(0));
        for (Packet packet : packets) {
            assertThat(PacketCodec.decode(PacketCodec.encode(packet))).isEqualTo(packet);
            assertThat(PacketCodec.fromTree(PacketCodec.toTree(packet))).isEqualTo(packet);
        }
    }

    record Everything(int small, long big, double ratio, boolean flag, char letter, NodeId node, Object anything,
            List<Message> messages, Map<NodeId, Long> clocks, Map<String, List<Integer>> named, long[] numbers)
            implements Packet {
    }

    @Test
    void valuesKeepTheirTypesWhereTheDeclarationLeavesThemOpen() {
        Everything packet = new Everything(1, 1L << 40, 0.5, true, 'x', new NodeId("n2"), 7L,
                List.of(M), Map.of(new NodeId("n3"), 4L), Map.of("a", List.of(1, 2)), new long[] {3, 4});
        JsonNode json = PacketCodec.toTree(packet);
        assertThat(json.get("node").asText()).isEqualTo("n2");
        assertThat(json.get("anything").toString()).isEqualTo("{\"@type\":\"java.lang.Long\",\"@value\":7}");
        Everything back = (Everything) PacketCodec.decode(PacketCodec.encode(packet));
        assertThat(back.anything()).isEqualTo(7L);
        assertThat(back.clocks()).isEqualTo(Map.of(new NodeId("n3"), 4L));
        assertThat(back.messages()).isEqualTo(packet.messages());
        assertThat(back.numbers()).containsExactly(3, 4);
        assertThat(back.letter()).isEqualTo('x');
    }

    @Test
    void aTagNamingAClassThatIsNotAPacketIsRefused() {
        assertThatThrownBy(() -> PacketCodec.decode("{\"@type\":\"java.lang.ProcessBuilder\",\"command\":[\"ls\"]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a packet: a tag names a packet or a plain value, not java.lang.ProcessBuilder");
        assertThatThrownBy(() -> PacketCodec.decode("{\"@type\":\"herald.node.Message\",\"id\":\"x\",\"origin\":\"n1\"}"))
                .hasMessage("not a packet: a tag names a packet or a plain value, not herald.node.Message");
        assertThatThrownBy(() -> PacketCodec.decode("{\"@type\":\"no.such.Thing\"}"))
                .hasMessage("not a packet: unknown packet class no.such.Thing");
    }

    /** A record that is not a packet, where a packet may hold anything. */
    record Anything(Object value) implements Packet {
    }

    @Test
    void aRecordThatIsNotAPacketIsBuiltOnlyWhereADeclarationNamesIt() {
        assertThatThrownBy(() -> PacketCodec.encode(new Anything(M))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("cannot put a herald.node.Message where its declaration does not name it");
        String named = "{\"@type\":\"herald.node.PacketCodecTest$Anything\",\"value\":"
                + "{\"@type\":\"herald.node.Message\",\"id\":\"x\",\"origin\":\"n1\",\"data\":\"v\"}}";
        assertThatThrownBy(() -> PacketCodec.decode(named))
                .hasMessage("not a packet: Anything.value: a tag names a packet or a plain value, not herald.node.Message");
        assertThat(PacketCodec.decode("{\"@type\":\"herald.node.PacketCodecTest$Anything\",\"value\":"
                + "{\"@type\":\"herald.link.PerfectLinks$Ack\",\"seq\":2}}"))
                .isEqualTo(new Anything(new PerfectLinks.Ack(2)));
    }

    @Test
    void garbageIsRefusedWithAMessage() {
        assertThatThrownBy(() -> PacketCodec.decode("not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a packet:");
        assertThatThrownBy(() -> PacketCodec.decode("{\"seq\":1}"))
                .hasMessage("not a packet: a Packet names its class in \"@type\", got {\"seq\":1}");
        assertThatThrownBy(() -> PacketCodec.decode("{\"@type\":\"herald.link.PerfectLinks$Ack\",\"seq\":1,\"x\":2}"))
                .hasMessage("not a packet: Ack has no field x");
        assertThatThrownBy(() -> PacketCodec.decode("{\"@type\":\"herald.link.PerfectLinks$Data\",\"seq\":0}"))
                .as("a packet missing a field would reach the protocol with a null it never sends")
                .hasMessage("not a packet: Data lacks its field payload");
    }
}
