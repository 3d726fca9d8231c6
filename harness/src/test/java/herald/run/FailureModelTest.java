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
                "lamport-to assumes no process crashes, but the nemesis partition,crash crashes processes");
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
    void theSequencerProtocolAcceptsCrashesOfNamedOtherProcesses() {
        assertThat(refusal("sequencer-to", "crash=n2+n3", 5)).isNull();
        assertThat(refusal("sequencer-to", "crash=n1", 5)).isEqualTo("sequencer-to assumes the sequencer (the "
                + "group's first process) never crashes, but the nemesis crash=n1 crashes the sequencer n1");
    }

    @Test
    void everyProtocolHereRefusesRestartsBecauseItIsWrittenForCrashStop() {
        assertThat(refusal("eager-rb", "restart", 5)).isEqualTo("eager-rb assumes a crashed process never comes back"
                + " (crash-stop), but the nemesis restart restarts crashed processes (the crash-recovery model)");
    }

    @Test
    void aProtocolThatAssumesFifoLinksRefusesANetworkThatReorders() {
        Protocol fifoLinks = Protocol.reference("p", "reliable", "", Set.of(Assumption.FIFO_LINKS), () -> (Node) null);
        assertThat(FailureModel.refusal(fifoLinks, NemesisOptions.parse("loss"), Scenario.nodeNames(3))).contains(
                "p assumes links keep each sender's packets in order, but the network may reorder packets "
                        + "(give --network fifo)");
        assertThat(FailureModel.refusal(fifoLinks, NemesisOptions.parse("loss").withNetwork(
                herald.nemesis.NetworkSemantics.FIFO), Scenario.nodeNames(3))).isEmpty();
    }

    @Test
    void bestEffortBroadcastsRefuseEveryFaultThatLosesPackets() {
        for (String protocol : java.util.List.of("best-effort", "ip-multicast", "best-effort-no-dedup")) {
            assertThat(refusal(protocol, "loss=0.1", 3)).isEqualTo(protocol + " assumes links lose no packet (perfect "
                    + "links), but the nemesis loss=0.1 loses packets");
            assertThat(refusal(protocol, "partition=isolate", 3)).isEqualTo(protocol + " assumes links lose no "
                    + "packet (perfect links), but the nemesis partition=isolate loses packets");
            assertThat(refusal(protocol, "dup=0.3,reorder,delay,pause,crash=1", 3)).isNull();
            assertThat(refusal(protocol, "loss=0", 3)).as("a loss of probability 0 loses nothing").isNull();
            assertThat(refusal(protocol, "loss=0@n1-n2", 3)).isNull();
            assertThat(refusal(protocol, "loss=0.01@n1-n2", 3)).isNotNull();
        }
        herald.nemesis.Schedule lossy = herald.nemesis.ScheduleJson.read("lossy.json",
                "{\"faults\": [{\"start\": 0, \"stop\": 1000, \"fault\": \"loss\", \"p\": 1.0}]}");
        assertThat(FailureModel.refusal(Protocols.named("best-effort"), NemesisOptions.of(lossy),
                Scenario.nodeNames(2))).contains("best-effort assumes links lose no packet (perfect links), but the "
                        + "nemesis schedule loses packets");
        herald.nemesis.Schedule harmless = herald.nemesis.ScheduleJson.read("harmless.json",
                "{\"faults\": [{\"start\": 0, \"stop\": 1000, \"fault\": \"loss\", \"p\": 0}]}");
        assertThat(FailureModel.refusal(Protocols.named("best-effort"), NemesisOptions.of(harmless),
                Scenario.nodeNames(2))).isEmpty();
        assertThat(refusal("eager-rb", "partition,loss=0.3", 3)).isNull();
    }

    @Test
    void majorityAckRefusesCrashingHalfTheGroup() {
        assertThat(refusal("majority-urb", "crash=2", 4)).isEqualTo("majority-urb assumes a majority of processes stays"
                + " correct, but the nemesis crash=2 crashes 2 of the 4 processes, half or more");
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
            NemesisOptions ordered = NemesisOptions.NONE.withNetwork(herald.nemesis.NetworkSemantics.FIFO);
            assertThat(FailureModel.refusal(protocol, ordered, Scenario.nodeNames(3))).isEmpty();
        }
    }
}
