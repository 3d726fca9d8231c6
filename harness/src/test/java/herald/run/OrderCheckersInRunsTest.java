package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.check.Spec;
import herald.check.Specs;
import herald.check.Verdict;
import herald.nemesis.Crash;
import herald.nemesis.NemesisOptions;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import org.junit.jupiter.api.Test;

/** The order checkers catch, in simulated runs, protocols that do not promise the order. */
class OrderCheckersInRunsTest {

    private static Verdict run(String protocolId, String spec, long seed) {
        Protocol protocol = Protocols.named(protocolId);
        Spec checked = Specs.named(spec);
        Scenario scenario = ScenarioParameters.of(protocolId, 5, 40, NemesisOptions.parse("partition,loss=0.2"))
                .generate(seed);
        return Run.simulate(scenario, protocol, checked, Run.header(scenario, protocol, checked, "partition,loss=0.2"),
                null, false).verdict();
    }

    @Test
    void eagerReliableBroadcastBreaksFifoOrderUnderPartitionsAndLoss() {
        assertThat(run("eager-rb", "fifo", 2).violated()).extracting(Outcome::property).containsExactly("fifo-order");
    }

    @Test
    void eagerReliableBroadcastBreaksCausalOrderUnderPartitionsAndLoss() {
        Verdict verdict = run("eager-rb", "causal", 2);
        assertThat(verdict.violated()).extracting(Outcome::property).containsExactly("causal-order");
        assertThat(verdict.firstViolation().sentence()).startsWith("causal order violated at ").contains(" because ");
    }

    @Test
    void fifoBroadcastKeepsFifoOrderButBreaksTotalOrder() {
        assertThat(run("fifo", "fifo", 2).valid()).isTrue();
        assertThat(run("fifo", "total", 2).violated()).extracting(Outcome::property).containsExactly("total-order");
    }

    @Test
    void causalBroadcastKeepsCausalOrderButBreaksTotalOrder() {
        assertThat(run("causal-vc", "causal", 2).valid()).isTrue();
        assertThat(run("causal-vc", "total", 2).violated()).extracting(Outcome::property).containsExactly("total-order");
    }

    @Test
    void skeensTotalOrderKeepsTotalOrderButNotFifoOrderWhenPacketsOvertake() {
        assertThat(run("skeen-to", "uniform-total", 2).valid()).isTrue();
        assertThat(run("skeen-to", "fifo-total", 2).violated()).extracting(Outcome::property)
                .containsExactly("fifo-order");
    }

    @Test
    void theSequencerKeepsUniformTotalOrderWhileOtherProcessesCrash() {
        Protocol protocol = Protocols.named("sequencer-to");
        Spec uniform = Specs.named("uniform-total");
        ScenarioParameters parameters = ScenarioParameters.of("sequencer-to", 5, 40,
                NemesisOptions.parse("partition,loss=0.1,crash=2"));
        int crashedRuns = 0;
        for (long seed = 1; crashedRuns < 10; seed++) {
            Scenario scenario = parameters.generate(seed);
            if (scenario.schedule().faults().stream().anyMatch(f -> f.fault() instanceof Crash c
                    && c.nodes().contains("n1"))) {
                continue;
            }
            Run run = Run.simulate(scenario, protocol, uniform, Run.header(scenario, protocol, uniform, "crash=2"), null,
                    false);
            assertThat(run.valid()).as("seed %d: %s", seed, run.verdict().describe()).isTrue();
            crashedRuns++;
        }
    }
}
