package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Spec;
import herald.check.Specs;
import herald.history.Event;
import herald.nemesis.NemesisOptions;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The protocols of the seminar keep their specs under every nemesis their assumptions allow: 50
 * seeds per setting, six settings for those that assume no crash and eight for the others, so
 * 300 to 400 simulated runs per protocol. A protocol with a fixed sequencer gets the same faults
 * with its crashes named away from the sequencer.
 */
class SeminarProtocolsTest {

    private static final int SEEDS = 50;
    private static final List<String> PROTOCOLS = List.of(
            "eager-rb", "lazy-rb", "majority-urb", "fifo", "causal-vc", "sequencer-to", "lamport-to", "skeen-to",
            "nak-rb");

    /** Where packets overtake each other often: latency from 0 to 200 ms, 20 ms extra on average. */
    private static final NetworkModel REORDERING = new NetworkModel(0, 20_000, 200_000);

    /**
     * One family of runs. {@code spareTheSequencer} is the same nemesis with its crashes named,
     * away from n1, for a protocol whose fixed sequencer must not crash.
     */
    record Setting(String name, String nemesis, String spareTheSequencer) {
        Setting(String name, String nemesis) {
            this(name, nemesis, nemesis);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting("no faults", "none"),
            new Setting("partitions of every shape", "partition=any"),
            new Setting("30% loss", "loss=0.3"),
            new Setting("partitions and loss", "partition,loss=0.1"),
            new Setting("partitions, loss, duplicates and reordering", "partition,loss=0.1,dup=0.1,reorder"),
            new Setting("delay spikes and pauses", "delay,pause=2"),
            new Setting("a crash", "crash=1", "crash=n3"),
            new Setting("everything, with two crashes", "partition=any,loss=0.1,dup=0.05,reorder,delay,pause,crash=2",
                    "partition=any,loss=0.1,dup=0.05,reorder,delay,pause,crash=n2+n4"));

    static Stream<Arguments> protocolsAndTheSettingsTheyAllow() {
        List<Arguments> all = new ArrayList<>();
        for (String id : PROTOCOLS) {
            Protocol protocol = Protocols.named(id);
            for (Setting setting : SETTINGS) {
                if (FailureModel.refusal(protocol, nemesis(protocol, setting), Scenario.nodeNames(5)).isEmpty()) {
                    all.add(Arguments.of(id, setting));
                }
            }
        }
        return all.stream();
    }

    private static NemesisOptions nemesis(Protocol protocol, Setting setting) {
        return NemesisOptions.parse(protocol.assumes(Assumption.SEQUENCER_CORRECT)
                ? setting.spareTheSequencer() : setting.nemesis());
    }

    @ParameterizedTest(name = "{0} keeps its spec under {1}")
    @MethodSource("protocolsAndTheSettingsTheyAllow")
    void eachProtocolKeepsItsSpecUnderEveryNemesisItsAssumptionsAllow(String id, Setting setting) {
        Protocol protocol = Protocols.named(id);
        Spec spec = Specs.named(protocol.spec());
        NemesisOptions nemesis = nemesis(protocol, setting);
        ScenarioParameters parameters = new ScenarioParameters(id, 5, 20, nemesis, Timing.DEFAULT, 250_000,
                NetworkModel.DEFAULT);
        for (long seed = 1; seed <= SEEDS; seed++) {
            Scenario scenario = parameters.generate(seed);
            Run result = Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, nemesis.toString()),
                    null, false);
            assertThat(result.valid())
                    .as("%s under %s, seed %d:%n%s", id, setting, seed, result.verdict().describe())
                    .isTrue();
        }
    }

    @Test
    void everyProtocolRunsUnderAtLeastSixSettings() {
        for (String id : PROTOCOLS) {
            assertThat(protocolsAndTheSettingsTheyAllow().filter(a -> a.get()[0].equals(id))).as(id).hasSizeGreaterThanOrEqualTo(6);
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
}
