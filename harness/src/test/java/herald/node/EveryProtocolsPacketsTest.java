package herald.node;

import static org.assertj.core.api.Assertions.assertThat;

import herald.history.HistorySink;
import herald.history.NodeId;
import herald.history.Recorder;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.nemesis.NemesisOptions;
import herald.sim.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every packet every Herald protocol sends survives the trip to JSON and back, equal to itself. */
class EveryProtocolsPacketsTest {

    static Stream<Protocol> protocols() {
        return Protocols.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void everyPacketAProtocolSendsComesBackFromJsonEqualToItself(Protocol protocol) {
        List<Packet> sent = new ArrayList<>();
        Scenario scenario = ScenarioParameters.of(protocol.id(), 4, 6, NemesisOptions.NONE).generate(3);
        Recorder recorder = new Recorder(Run.header(scenario, protocol, herald.check.Specs.named(protocol.spec()),
                "none"), HistorySink.discard());
        new Simulation(scenario, () -> new Capturing(protocol.newNode(), sent), recorder, false).run();
        assertThat(sent).isNotEmpty();
        for (Packet packet : sent) {
            String line = PacketCodec.encode(packet);
            assertThat(PacketCodec.decode(line)).as(line).isEqualTo(packet);
        }
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
