package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.nemesis.NemesisOptions;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import org.junit.jupiter.api.Test;

/**
 * The multicast protocols in the simulator, which has no multicast: each multicast becomes one
 * packet per member, each lost or kept on its own, which is what IP multicast looks like to the
 * members.
 */
class MulticastInTheSimulatorTest {

    private static Run run(String id, String nemesis, long seed) {
        Protocol protocol = Protocols.named(id);
        Scenario scenario = ScenarioParameters.of(id, 5, 20, NemesisOptions.parse(nemesis)).generate(seed);
        var spec = Specs.named(protocol.spec());
        return Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, nemesis), null, false);
    }

    @Test
    void ipMulticastIsCaughtByValidityUnderLoss() {
        Run run = run("ip-multicast", "loss=0.2", 1);
        assertThat(run.verdict().violated()).extracting(o -> o.property()).containsExactly("validity");
    }

    @Test
    void ipMulticastDeliversEverythingOnAHealthyNetwork() {
        Run run = run("ip-multicast", "none", 1);
        assertThat(run.valid()).isTrue();
        assertThat(run.deliveries()).isEqualTo(100);
    }

    @Test
    void reliableMulticastKeepsReliableUnderPartitionsLossAndCrashes() {
        for (long seed = 1; seed <= 30; seed++) {
            Run run = run("reliable-multicast", "partition,loss=0.2,crash=2", seed);
            assertThat(run.valid()).as("seed " + seed + ": " + run.verdict().describe()).isTrue();
        }
    }

    @Test
    void reliableMulticastSendsNoRepairOnAHealthyNetwork() {
        Run quiet = run("reliable-multicast", "none", 2);
        Run lossy = run("reliable-multicast", "loss=0.2", 2);
        assertThat(quiet.valid()).isTrue();
        assertThat(lossy.valid()).isTrue();
        assertThat(lossy.stats().packetsSent()).isGreaterThan(quiet.stats().packetsSent());
    }
}
