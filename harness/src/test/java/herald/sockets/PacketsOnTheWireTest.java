package herald.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.history.NodeId;
import herald.nemesis.NemesisOptions;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every packet every protocol sends survives the wire: encoded as the sockets runtime encodes it
 * (with {@link herald.node.PacketCodec}, as {@code herald node} does too), decoded, it is equal to
 * what was sent, and the run goes on with the decoded copy.
 */
class PacketsOnTheWireTest {

    private final Wire wire = new Wire("test");
    private final AtomicLong packets = new AtomicLong();

    @Test
    void everyProtocolsPacketsComeBackEqualFromTheWire() {
        for (Protocol protocol : Protocols.all()) {
            Scenario scenario = ScenarioParameters.of(protocol.id(), 4, 10, NemesisOptions.parse("loss=0.2"))
                    .generate(5);
            Protocol overWire = new Protocol(protocol.id(), protocol.spec(), protocol.description(),
                    protocol.assumptions(), throughTheWire(protocol::newNode), protocol.breaks(), protocol.notes());
            long before = packets.get();
            Run run = Run.simulate(scenario, overWire, Specs.named(protocol.spec()),
                    Run.header(scenario, protocol, Specs.named(protocol.spec()), "loss=0.2"), null, false);
            assertThat(packets.get()).as(protocol.id()).isGreaterThan(before);
            assertThat(run.deliveries()).as(protocol.id()).isPositive();
        }
    }

    private Supplier<Node> throughTheWire(Supplier<? extends Node> nodes) {
        return () -> {
            Node node = nodes.get();
            return new Node() {
                @Override
                public void init(Context context) {
                    node.init(encoding(context));
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
            };
        };
    }

    /** The context, but every packet sent is encoded and decoded first, and must come back equal. */
    private Context encoding(Context context) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("send")) {
                        Packet sent = (Packet) args[1];
                        Wire.Envelope back = wire.decode(wire.encode(context.self(), sent));
                        assertThat(back.packet()).isEqualTo(sent).isNotSameAs(sent);
                        assertThat(back.from()).isEqualTo(context.self());
                        packets.incrementAndGet();
                        args[1] = back.packet();
                    }
                    try {
                        return method.invoke(context, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Test
    void aDatagramOfAnotherRunOrNotAPacketIsIgnored() {
        byte[] other = new Wire("other").encode(NodeId.of("n1"), new herald.link.PerfectLinks.Ack(1));
        assertThat(wire.decode(other)).isNull();
        assertThat(wire.decode("{\"run\":\"test\",\"from\":\"n1\",\"packet\":{\"@type\":\"java.io.File\"}}"
                .getBytes())).isNull();
        assertThat(wire.decode(new byte[] {(byte) 0xff, 0})).isNull();
    }
}
