package herald.sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.check.Spec;
import herald.check.Specs;
import herald.history.Event;
import herald.history.Header;
import herald.history.History;
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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A run whose network is still busy at its end: inconclusive when only liveness is broken (more
 * time might have mended it); judged as usual when it is valid or breaks a safety property.
 */
class BusyNetworkTest {

    private static final Spec RELIABLE = Specs.named("reliable");
    private static final String BUSY = "the network was still busy 5 s after the quiet period";

    /** A packet that keeps the network busy. */
    record Chatter() implements Packet {
    }

    /** Never delivers, and sends a packet to the next node every millisecond, forever. */
    static final class Chatty implements Node {
        private Context context;

        @Override
        public void init(Context context) {
            this.context = context;
            context.setTimer(1_000, "chat");
        }

        @Override
        public void onBroadcast(Message message) {
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

    @Test
    void aRunWhoseNetworkNeverFallsIdleAndThatLostAMessageIsInconclusive() {
        Protocol chatty = Protocol.reference("chatty", "reliable", "never falls silent",
                Set.of(Assumption.CRASH_STOP), Chatty::new);
        Scenario scenario = SocketRuns.scenario("eager-rb", 2, 1, NemesisOptions.NONE, 1);
        assertThatThrownBy(() -> SocketRun.run(scenario, chatty, RELIABLE, SocketRun.header(
                Run.header(scenario, chatty, RELIABLE, "none"), Network.udp()), null, false, Network.udp()))
                .isInstanceOf(Inconclusive.class).hasMessageStartingWith("inconclusive run: " + BUSY + ", more than");
    }

    /** n1 broadcasts m at 0 and delivers it at {@code deliveredAt}; n2 never does; the run ends at 6 s. */
    private static History lateDelivery(long deliveredAt, boolean twice) {
        History.Builder b = History.builder(Header.of(List.of("n1", "n2")));
        int i = 0;
        b.add(new Event.Broadcast(i++, 0, "n1", "n1-1", "v"));
        b.add(new Event.Deliver(i++, deliveredAt, "n1", "n1-1", "n1", "v"));
        if (twice) {
            b.add(new Event.Deliver(i++, deliveredAt, "n1", "n1-1", "n1", "v"));
        }
        b.add(new Event.End(i, 6_000_000, null));
        return b.build();
    }

    /** n1 broadcasts m and both deliver it. */
    private static History validRun() {
        History.Builder b = History.builder(Header.of(List.of("n1", "n2")));
        b.add(new Event.Broadcast(0, 0, "n1", "n1-1", "v"));
        b.add(new Event.Deliver(1, 10, "n1", "n1-1", "n1", "v"));
        b.add(new Event.Deliver(2, 20, "n2", "n1-1", "n1", "v"));
        b.add(new Event.End(3, 6_000_000, null));
        return b.build();
    }

    private static String inconclusive(String unsettled, History history) {
        return SocketRun.inconclusive(unsettled, RELIABLE, RELIABLE.check(history), history);
    }

    @Test
    void aBusyNetworkMakesALivenessViolationInconclusive() {
        assertThat(inconclusive(BUSY, lateDelivery(5_500_000, false))).isEqualTo("inconclusive run: the network was "
                + "still busy 5 s after the quiet period, more than this machine carries in real time for 2 nodes, "
                + "so whether every message would arrive cannot be judged (only liveness properties were violated; "
                + "try fewer nodes or broadcasts, or the simulator)");
    }

    @Test
    void otherwiseTheVerdictStands() {
        assertThat(inconclusive(null, lateDelivery(5_500_000, false))).as("an idle network").isNull();
        assertThat(inconclusive(BUSY, validRun())).as("a valid run").isNull();
        assertThat(inconclusive(BUSY, lateDelivery(5_500_000, true))).as("a broken safety property").isNull();
    }
}
