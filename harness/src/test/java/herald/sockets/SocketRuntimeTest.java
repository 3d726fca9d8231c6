package herald.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import herald.history.Event;
import herald.run.Run;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The reference protocols on real UDP sockets, with Herald's fault layer at the socket. */
class SocketRuntimeTest {

    @ParameterizedTest
    @ValueSource(strings = {"eager-rb", "fifo", "causal-vc"})
    void reliableProtocolsKeepTheirSpecOnRealSocketsUnderPartitionsAndLoss(String protocol) {
        for (long seed = 1; seed <= 3; seed++) {
            Run run = SocketRuns.run(protocol, 5, "partition,loss=0.2", seed, Network.udp());
            assertThat(run.valid()).as(run.verdict().describe()).isTrue();
            assertThat(run.deliveries()).isEqualTo(5L * run.scenario().broadcasts().size());
        }
    }

    @Test
    void bestEffortBroadcastLosesMessagesOnRealSocketsUnderLossAndIsCaughtByValidity() {
        Run run = SocketRuns.run("best-effort", 5, "partition,loss=0.2", 1, Network.udp());
        assertThat(run.valid()).isFalse();
        assertThat(run.verdict().violated()).extracting(o -> o.property()).containsExactly("validity");
    }

    @Test
    void aSocketsHistorySaysItsClockIsTheWallsAndEndsAfterTheHeal() {
        Run run = SocketRuns.run("eager-rb", 3, "partition", 2, Network.udp());
        assertThat(run.history().header().clock()).isEqualTo("wall");
        assertThat(run.history().header().text("runtime")).isEqualTo("sockets");
        assertThat(run.history().header().text("transport")).isEqualTo("udp");
        List<Event> events = run.history().events();
        Event last = events.get(events.size() - 1);
        assertThat(last).isInstanceOf(Event.End.class);
        assertThat(last.t()).isGreaterThanOrEqualTo(run.scenario().endsAt());
        assertThat(events.stream().filter(e -> e instanceof Event.End)).hasSize(1);
    }

    @Test
    void aCrashedNodeStopsTakingStepsAndTheOthersStillAgree() {
        Run run = SocketRuns.run("eager-rb", 5, "crash=2,loss=0.2", 4, Network.udp());
        assertThat(run.valid()).as(run.verdict().describe()).isTrue();
        assertThat(run.history().events().stream().filter(e -> e instanceof Event.Crash)).hasSize(2);
    }

    @Test
    void overTcpEachLinkIsAConnectionAndEagerReliableBroadcastStillPasses() {
        Run run = SocketRuns.run("eager-rb", 4, "partition,loss=0.2,crash=1", 5, Network.tcp());
        assertThat(run.valid()).as(run.verdict().describe()).isTrue();
        assertThat(run.history().header().text("transport")).isEqualTo("tcp");
    }

    @Test
    void aNodeThatRestartsOpensItsSocketAgainAndHearsFromTheOthers() {
        Run run = SocketRuns.run("eager-rb", 3, "restart", 6, Network.udp());
        Event.Recover back = (Event.Recover) run.history().events().stream().filter(e -> e instanceof Event.Recover)
                .findFirst().orElseThrow();
        assertThat(run.history().events()).anySatisfy(e -> {
            assertThat(e).isInstanceOf(Event.Deliver.class);
            assertThat(((Event.Deliver) e).node()).isEqualTo(back.node());
            assertThat(e.i()).isGreaterThan(back.i());
        });
    }
}
