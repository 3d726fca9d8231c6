package herald.sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.check.Specs;
import herald.history.NodeId;
import herald.nemesis.NemesisOptions;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import herald.realtime.Inconclusive;
import herald.run.Run;
import herald.scenario.Scenario;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A run whose network never falls idle cannot say whether every message would have arrived: it
 * is inconclusive, unless a safety property is already broken, which no wait could mend.
 */
class BusyNetworkTest {

    /** A packet that keeps the network busy. */
    record Chatter() implements Packet {
    }

    /** Never delivers, and sends a packet to the next node every millisecond, forever; {@code twice} delivers each broadcast twice. */
    static final class Chatty implements Node {
        private final boolean twice;
        private Context context;

        Chatty(boolean twice) {
            this.twice = twice;
        }

        @Override
        public void init(Context context) {
            this.context = context;
            context.setTimer(1_000, "chat");
        }

        @Override
        public void onBroadcast(Message message) {
            if (twice) {
                context.deliver(message);
                context.deliver(message);
            }
        }

        @Override
        public void onReceive(NodeId from, Packet packet) {
        }

        @Override
        public void onTimer(Object tag) {
            int next = (context.nodes().indexOf(context.self()) + 1) % context.nodes().size();
            context.send(context.nodes().get(next), new Chatter());
            context.setTimer(1_000, "chat");
        }
    }

    private static Run run(boolean twice) {
        Protocol chatty = Protocol.reference("chatty", "reliable", "never falls silent",
                Set.of(Assumption.CRASH_STOP), () -> new Chatty(twice));
        Scenario scenario = SocketRuns.scenario("eager-rb", 2, 1, NemesisOptions.NONE, 1);
        return SocketRun.run(scenario, chatty, Specs.named("reliable"), SocketRun.header(
                Run.header(scenario, chatty, Specs.named("reliable"), "none"), Network.udp()), null, false,
                Network.udp());
    }

    @Test
    void aRunWhoseNetworkNeverFallsIdleIsInconclusiveRatherThanALostMessage() {
        assertThatThrownBy(() -> run(false)).isInstanceOf(Inconclusive.class).hasMessage("inconclusive run: the "
                + "network was still busy 5 s after the quiet period, more than this machine carries in real time for 2 "
                + "nodes, so whether every message would arrive cannot be judged (only liveness properties were "
                + "violated; try fewer nodes or broadcasts)");
    }

    @Test
    void aBrokenSafetyPropertyIsReportedEvenWhenTheNetworkNeverFellIdle() {
        Run run = run(true);
        assertThat(run.verdict().outcome("no-duplication").valid()).isFalse();
    }
}
