package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import herald.nemesis.NemesisOptions;
import herald.node.Node;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.scenario.Scenario;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FailureModelTest {

    private static String refusal(String protocol, String nemesis, int nodes) {
        return FailureModel.refusal(Protocols.named(protocol), NemesisOptions.parse(nemesis), Scenario.nodeNames(nodes))
                .orElse(null);
    }

    @Test
    void aProtocolThatAssumesNoCrashRefusesTheCrashNemesis() {
        assertThat(refusal("lamport-to", "partition,crash", 5)).isEqualTo(
                "lamport-to assumes no process crashes, but the nemesis crash=1 crashes processes");
        assertThat(refusal("skeen-to", "crash=2", 5)).isEqualTo(
                "skeen-to assumes no process crashes, but the nemesis crash=2 crashes processes");
    }

    @Test
    void theSequencerProtocolRefusesCrashesBecauseTheVictimsAreRandom() {
        assertThat(refusal("sequencer-to", "crash=1", 5)).isEqualTo("sequencer-to assumes the sequencer (the group's"
                + " first process) never crashes, but the nemesis crash=1 picks its victims at random, so it may crash"
                + " the sequencer n1");
    }

    @Test
    void majorityAckRefusesCrashingHalfTheGroup() {
        assertThat(refusal("majority-urb", "crash=2", 4)).isEqualTo("majority-urb assumes a majority of processes stays"
                + " correct, but the nemesis crash=2 crashes half or more of the 4 processes");
        assertThat(refusal("majority-urb", "crash=2", 5)).isNull();
    }

    @Test
    void faultsWithinAProtocolsAssumptionsAreAccepted() {
        assertThat(refusal("lamport-to", "partition,loss=0.3", 5)).isNull();
        assertThat(refusal("lamport-to", "crash=0", 5)).isNull();
        assertThat(refusal("lazy-rb", "partition,loss=0.1,crash=2", 5)).isNull();
        assertThat(refusal("causal-vc", "crash=2", 5)).isNull();
        assertThat(refusal("eager-rb", "crash=2", 5)).isNull();
    }

    @Test
    void everyAssumptionHasARule() {
        for (Assumption assumption : Assumption.values()) {
            Protocol protocol = Protocol.reference("p", "reliable", "", Set.of(assumption), () -> (Node) null);
            assertThat(FailureModel.refusal(protocol, NemesisOptions.NONE, Scenario.nodeNames(3))).isEmpty();
        }
    }
}
