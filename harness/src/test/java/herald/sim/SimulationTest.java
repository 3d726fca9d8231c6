package herald.sim;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.history.Event;
import herald.history.History;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulationTest {

    @TempDir
    Path dir;

    private static Run simulate(Protocol protocol, Scenario scenario, Path file) {
        var spec = Specs.named(protocol.spec());
        return Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, "test"), file, false);
    }

    private static Scenario scenario(String protocol, String nemesis, int nodes, int broadcasts, long seed) {
        return ScenarioParameters.of(protocol, nodes, broadcasts, NemesisOptions.parse(nemesis)).generate(seed);
    }

    @Test
    void theSameSeedGivesAByteIdenticalHistory() throws IOException {
        Protocol eager = Protocols.named("eager-rb");
        Scenario scenario = scenario("eager-rb", "partition,loss=0.2,crash=1", 5, 30, 42);
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        simulate(eager, scenario, first);
        simulate(eager, scenario("eager-rb", "partition,loss=0.2,crash=1", 5, 30, 42), second);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllLines(first)).hasSizeGreaterThan(100);
    }

    @Test
    void differentSeedsGiveDifferentRuns() throws IOException {
        Protocol eager = Protocols.named("eager-rb");
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        simulate(eager, scenario("eager-rb", "partition,loss=0.2", 5, 30, 1), first);
        simulate(eager, scenario("eager-rb", "partition,loss=0.2", 5, 30, 2), second);
        assertThat(Files.readAllLines(second).subList(1, 10)).isNotEqualTo(Files.readAllLines(first).subList(1, 10));
    }

    @Test
    void eagerReliableBroadcastKeepsReliableUnderPartitionsLossAndACrash() {
        Protocol eager = Protocols.named("eager-rb");
        for (long seed = 1; seed <= 60; seed++) {
            Run run = simulate(eager, scenario("eager-rb", "partition,loss=0.2,crash=1", 5, 20, seed), null);
            assertThat(run.verdict().valid()).as("seed %d: %s", seed, run.verdict().describe()).isTrue();
            assertThat(run.history().complete()).isTrue();
        }
    }

    @Test
    void bestEffortBroadcastLosesMessagesUnderLoss() {
        Protocol bestEffort = Protocols.named("best-effort");
        Run run = simulate(bestEffort, scenario("best-effort", "loss=0.3", 5, 20, 3), null);
        assertThat(run.verdict().violated()).extracting(o -> o.property()).containsExactly("validity");
        assertThat(run.verdict().firstViolation().sentence()).matches(
                "validity violated: correct process n\\d broadcast n\\d-\\d+ \\(#\\d+\\), but correct process n\\d "
                        + "never delivered it");
    }

    @Test
    void withoutFaultsEveryProtocolDeliversEverythingEverywhere() {
        for (String id : new String[] {"best-effort", "eager-rb"}) {
            Run run = simulate(Protocols.named(id), scenario(id, "none", 4, 10, 5), null);
            assertThat(run.valid()).as(id).isTrue();
            assertThat(run.deliveries()).isEqualTo(40);
        }
    }

    @Test
    void theRunEndsAfterTheQuietPeriodWithTheHealRecorded() {
        Scenario scenario = scenario("eager-rb", "partition", 3, 5, 9);
        History h = simulate(Protocols.named("eager-rb"), scenario, null).history();
        Event.End end = h.end();
        assertThat(end.t()).isEqualTo(scenario.endsAt());
        assertThat(end.healedAt()).isEqualTo(scenario.healedAt());
        long starts = h.events().stream().filter(e -> e instanceof Event.Fault f && f.isStart()).count();
        long stops = h.events().stream().filter(e -> e instanceof Event.Fault f && !f.isStart()).count();
        assertThat(starts).isEqualTo(stops).isEqualTo(scenario.schedule().size());
    }

    /** Throws on the second packet it receives. */
    static final class Fragile implements Node {
        private Context context;
        private int received;

        record Hello(Message message) implements Packet {
        }

        @Override
        public void init(Context context) {
            this.context = context;
        }

        @Override
        public void onBroadcast(Message message) {
            context.nodes().forEach(q -> context.send(q, new Hello(message)));
        }

        @Override
        public void onReceive(NodeId from, Packet packet) {
            if (++received == 2 && context.self().name().equals("n2")) {
                throw new IllegalStateException("boom");
            }
            context.deliver(((Hello) packet).message());
        }
    }

    @Test
    void aHandlerThatThrowsCrashesItsOwnNodeWithTheReason() {
        Protocol fragile = Protocol.reference("fragile", "best-effort", "throws", Set.of(), Fragile::new);
        Scenario scenario = scenario("fragile", "none", 3, 3, 1);
        History h = simulate(fragile, scenario, null).history();
        Event.Crash crash = h.events().stream().filter(e -> e instanceof Event.Crash).map(e -> (Event.Crash) e)
                .findFirst().orElseThrow();
        assertThat(crash.node()).isEqualTo("n2");
        assertThat(crash.reason()).startsWith("java.lang.IllegalStateException: boom at herald.sim.SimulationTest$Fragile");
        int n2 = h.nodeIndex("n2");
        assertThat(java.util.Arrays.stream(h.eventsOf(n2).toArray()).boxed().toList()).allMatch(i -> h.event(i).t() <= crash.t());
        assertThat(h.complete()).isTrue();
    }
}
