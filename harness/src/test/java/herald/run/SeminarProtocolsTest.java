package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Spec;
import herald.check.Specs;
import herald.history.Event;
import herald.nemesis.Crash;
import herald.nemesis.NemesisOptions;
import herald.nemesis.ScheduledFault;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.scenario.NetworkModel;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.scenario.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The protocols of the seminar keep their specs under every nemesis their assumptions allow: 50
 * seeds per setting, six settings for those that assume no crash and eight for the others, so
 * 300 to 400 simulated runs per protocol.
 */
class SeminarProtocolsTest {

    private static final int SEEDS = 50;
    private static final List<String> PROTOCOLS = List.of(
            "lazy-rb", "majority-urb", "fifo", "causal-vc", "sequencer-to", "lamport-to", "skeen-to");

    /** Where packets overtake each other often: latency from 0 to 200 ms, 20 ms extra on average. */
    private static final NetworkModel REORDERING = new NetworkModel(0, 20_000, 200_000);

    /**
     * One family of runs.
     *
     * @param crashes how many nodes the nemesis crashes (0 for none)
     * @param duplicates the probability that a packet arrives twice
     */
    record Setting(String name, String nemesis, int crashes, NetworkModel network, double duplicates) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("no faults", "none", 0, NetworkModel.DEFAULT, 0),
            new Setting("partitions", "partition", 0, NetworkModel.DEFAULT, 0),
            new Setting("30% loss", "loss=0.3", 0, NetworkModel.DEFAULT, 0),
            new Setting("partitions and loss", "partition,loss=0.1", 0, NetworkModel.DEFAULT, 0),
            new Setting("partitions, loss and heavy reordering", "partition,loss=0.1", 0, REORDERING, 0),
            new Setting("partitions, loss and duplicates", "partition,loss=0.1", 0, NetworkModel.DEFAULT, 0.2),
            new Setting("a crash", "crash=1", 1, NetworkModel.DEFAULT, 0),
            new Setting("two crashes, partitions, loss and duplicates", "partition,loss=0.1,crash=2", 2,
                    REORDERING, 0.1));

    static Stream<Arguments> protocolsAndTheSettingsTheyAllow() {
        List<Arguments> all = new ArrayList<>();
        for (String id : PROTOCOLS) {
            Protocol protocol = Protocols.named(id);
            for (Setting setting : SETTINGS) {
                if (setting.crashes() == 0 || !protocol.assumes(Assumption.NO_CRASH)) {
                    all.add(Arguments.of(id, setting));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} keeps its spec under {1}")
    @MethodSource("protocolsAndTheSettingsTheyAllow")
    void eachProtocolKeepsItsSpecUnderEveryNemesisItsAssumptionsAllow(String id, Setting setting) {
        Protocol protocol = Protocols.named(id);
        Spec spec = Specs.named(protocol.spec());
        NemesisOptions nemesis = NemesisOptions.parse(setting.nemesis());
        boolean sparesTheSequencer = protocol.assumes(Assumption.SEQUENCER_CORRECT);
        if (!sparesTheSequencer) {
            assertThat(FailureModel.refusal(protocol, nemesis, Scenario.nodeNames(5))).isEmpty();
        }
        ScenarioParameters parameters = new ScenarioParameters(id, 5, 20, nemesis, Timing.DEFAULT, 250_000,
                setting.network());
        Protocol run = duplicating(protocol, setting.duplicates());
        int ran = 0;
        for (long seed = 1; ran < SEEDS; seed++) {
            Scenario scenario = parameters.generate(seed);
            if (sparesTheSequencer && crashes(scenario, "n1")) {
                continue;
            }
            Run result = Run.simulate(scenario, run, spec, Run.header(scenario, run, spec, setting.nemesis()), null,
                    false);
            assertThat(result.valid())
                    .as("%s under %s, seed %d:%n%s", id, setting, seed, result.verdict().describe())
                    .isTrue();
            ran++;
        }
    }

    @ParameterizedTest(name = "{0} replays a seed byte for byte")
    @MethodSource("protocols")
    void eachProtocolGivesTheSameHistoryForTheSameSeed(String id) {
        Protocol protocol = Protocols.named(id);
        Spec spec = Specs.named(protocol.spec());
        Scenario scenario = new ScenarioParameters(id, 5, 20, NemesisOptions.parse("partition,loss=0.1"),
                Timing.DEFAULT, 250_000, REORDERING).generate(7);
        List<Event> first = Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, "x"), null, true)
                .history().events();
        List<Event> second = Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, "x"), null, true)
                .history().events();
        assertThat(second).isEqualTo(first);
        assertThat(first).hasSizeGreaterThan(100);
    }

    static Stream<String> protocols() {
        return PROTOCOLS.stream();
    }

    private static boolean crashes(Scenario scenario, String node) {
        for (ScheduledFault f : scenario.schedule().faults()) {
            if (f.fault() instanceof Crash crash && crash.nodes().contains(node)) {
                return true;
            }
        }
        return false;
    }

    private static Protocol duplicating(Protocol protocol, double p) {
        if (p == 0) {
            return protocol;
        }
        return Protocol.reference(protocol.id(), protocol.spec(), protocol.description(), protocol.assumptions(),
                () -> new DuplicatingNetwork(protocol.newNode(), p));
    }
}
