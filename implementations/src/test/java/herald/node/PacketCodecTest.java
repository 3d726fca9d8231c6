package herald.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.broadcast.EagerReliableBroadcast;
import herald.broadcast.ReliableBroadcastLayer;
import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.order.CausalBroadcast;
import herald.order.SkeenTotalOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

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

    @Test
    void aTagNamingAClassThatIsNotAPacketIsRefused() {
        assertThatThrownBy(() -> PacketCodec.decode("{\"@type\":\"java.lang.ProcessBuilder\",\"command\":[\"ls\"]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a packet:");
        assertThatThrownBy(() -> PacketCodec.decode("{\"@type\":\"herald.node.Message\",\"id\":\"x\",\"origin\":\"n1\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void garbageIsRefusedWithAMessage() {
        assertThatThrownBy(() -> PacketCodec.decode("not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a packet:");
        assertThatThrownBy(() -> PacketCodec.decode("{\"seq\":1}")).isInstanceOf(IllegalArgumentException.class);
    }
}
