package herald.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.HistorySink;
import herald.history.Json;
import herald.history.NodeId;
import herald.history.Recorder;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.nemesis.NemesisOptions;
import herald.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every packet every Herald protocol sends survives the trip to JSON and back, equal to itself. */
class PacketJsonTest {

    private final PacketJson codec = new PacketJson(PacketJsonTest.class.getClassLoader());

    static Stream<Protocol> protocols() {
        return Protocols.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void everyPacketAProtocolSendsComesBackFromJsonEqualToItself(Protocol protocol) throws Exception {
        List<Packet> sent = new ArrayList<>();
        Scenario scenario = ScenarioParameters.of(protocol.id(), 4, 6, NemesisOptions.NONE).generate(3);
        Recorder recorder = new Recorder(Run.header(scenario, protocol, herald.check.Specs.named(protocol.spec()),
                "none"), HistorySink.discard());
        new Simulation(scenario, () -> new Capturing(protocol.newNode(), sent), recorder, false).run();
        assertThat(sent).isNotEmpty();
        for (Packet packet : sent) {
            String line = codec.encode(packet).toString();
            Packet back = codec.decode(Json.MAPPER.readTree(line));
            assertThat(back).as(line).isEqualTo(packet);
        }
    }

    record Everything(int small, long big, double ratio, boolean flag, char letter, NodeId node, Object anything,
            List<Message> messages, Map<NodeId, Long> clocks, Map<String, List<Integer>> named, long[] numbers)
            implements Packet {
    }

    @Test
    void valuesKeepTheirTypesWhereTheDeclarationLeavesThemOpen() throws Exception {
        Everything packet = new Everything(1, 1L << 40, 0.5, true, 'x', new NodeId("n2"), 7L,
                List.of(new Message("n1-1", new NodeId("n1"), "v1")), Map.of(new NodeId("n3"), 4L),
                Map.of("a", List.of(1, 2)), new long[] {3, 4});
        JsonNode json = codec.encode(packet);
        assertThat(json.get("node").asText()).isEqualTo("n2");
        assertThat(json.get("anything").toString()).isEqualTo("{\"@type\":\"java.lang.Long\",\"@value\":7}");
        Everything back = (Everything) codec.decode(Json.MAPPER.readTree(json.toString()));
        assertThat(back.anything()).isEqualTo(7L);
        assertThat(back.clocks()).isEqualTo(Map.of(new NodeId("n3"), 4L));
        assertThat(back.messages()).isEqualTo(packet.messages());
        assertThat(back.numbers()).containsExactly(3, 4);
        assertThat(back.letter()).isEqualTo('x');
    }

    @Test
    void aLineNamingAClassThatIsNotAPacketIsRefused() throws Exception {
        JsonNode json = Json.MAPPER.readTree("{\"@type\":\"java.lang.ProcessBuilder\"}");
        assertThatThrownBy(() -> codec.decode(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.ProcessBuilder cannot stand where a Packet goes");
        JsonNode unknown = Json.MAPPER.readTree("{\"@type\":\"no.such.Thing\"}");
        assertThatThrownBy(() -> codec.decode(unknown)).hasMessage("unknown packet class no.such.Thing");
    }

    /** Passes everything through to the protocol's node, keeping every packet it sends. */
    private static final class Capturing implements Node {
        private final Node node;
        private final List<Packet> sent;

        Capturing(Node node, List<Packet> sent) {
            this.node = node;
            this.sent = sent;
        }

        @Override
        public void init(Context context) {
            node.init((Context) java.lang.reflect.Proxy.newProxyInstance(Context.class.getClassLoader(),
                    new Class<?>[] {Context.class}, (proxy, method, args) -> {
                        if (method.getName().equals("send")) {
                            sent.add((Packet) args[1]);
                        }
                        return method.invoke(context, args);
                    }));
        }

        @Override
        public void onBroadcast(Message message) {
            node.onBroadcast(message);
        }

        @Override
        public void onReceive(NodeId from, Packet packet) {
            node.onReceive(from, packet);
        }

        @Override
        public void onTimer(Object tag) {
            node.onTimer(tag);
        }

        @Override
        public void onSuspect(NodeId crashed) {
            node.onSuspect(crashed);
        }
    }
}
