package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.nemesis.NemesisOptions;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.scenario.Scenario;
import herald.scenario.ScenarioFile;
import herald.scenario.ScenarioParameters;
import java.nio.file.Path;
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

    /**
     * Found by a hunt (seed 370, loss=0.5,pause): a member NAKed the sender of each digest, which
     * lacked the message too, and its back-off, kept per message, then held back the NAK to the
     * member that had it, digest after digest, for longer than the quiet period.
     */
    @Test
    void reliableMulticastAsksTheMemberThatHasAMessageThoughItJustAskedOneThatLacksIt() throws Exception {
        Path file = Path.of(getClass().getResource("/scenarios/reliable-multicast-nak-to-a-member-that-lacks-it.json")
                .toURI());
        ScenarioFile scenario = ScenarioFile.read(file);
        Protocol protocol = Protocols.named(scenario.scenario().protocol());
        var spec = Specs.named(scenario.spec());
        Run run = Run.simulate(scenario.scenario(), protocol, spec,
                Run.header(scenario.scenario(), protocol, spec, scenario.nemesis()), null, false);
        assertThat(run.valid()).as(run.verdict().describe()).isTrue();
    }
}
