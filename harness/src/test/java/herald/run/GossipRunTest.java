package herald.run;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.check.Spec;
import herald.check.Specs;
import herald.check.Violation;
import herald.gossip.GossipParameters;
import herald.gossip.Mode;
import herald.gossip.Topology;
import herald.history.Event;
import herald.nemesis.NemesisOptions;
import herald.nemesis.Schedule;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.scenario.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gossip protocols in the simulator, under the nemesis, judged by the gossip specs. */
class GossipRunTest {

    private static Run run(Protocol protocol, Spec spec, Scenario scenario) {
        return Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, "test"), null, false);
    }

    private static Run run(String protocolId, String specName, String nemesis, long seed) {
        Protocol protocol = Protocols.named(protocolId);
        Scenario scenario = ScenarioParameters.of(protocolId, 7, 20, NemesisOptions.parse(nemesis)).generate(seed);
        return run(protocol, Specs.named(specName), scenario);
    }

    /** One rumor, from n1 at time 0, on five nodes; no fault; one second for gossip to finish. */
    private static Scenario oneRumor(String protocolId) {
        return new Scenario(protocolId, Scenario.nodeNames(5), List.of(new PlannedBroadcast(0, "n1", "hello")),
                Schedule.NONE, 1, new Timing(0, 1_000_000), NetworkModel.DEFAULT);
    }

    @Test
    void antiEntropyConvergesOnceThePartitionsHealUnderTwentyPercentLossAndACrash() {
        int learnedAfterHealing = 0;
        for (String id : List.of("gossip-push", "gossip-pull", "gossip-push-pull")) {
            for (long seed = 1; seed <= 8; seed++) {
                Run run = run(id, "gossip", "partition,loss=0.2,crash=1", seed);
                assertThat(run.verdict().violated()).as("%s seed %d", id, seed).isEmpty();
                assertThat(run.scenario().schedule().size()).isGreaterThan(2);
                long healed = run.scenario().healedAt();
                learnedAfterHealing += (int) run.history().events().stream()
                        .filter(e -> e instanceof Event.Deliver && e.t() > healed).count();
            }
        }
        // The faults mattered: some rumors reached some processes only after the last partition healed.
        assertThat(learnedAfterHealing).isPositive();
    }

    @Test
    void rumorMongeringsResidueUnderLossIsReportedNotJudged() {
        int withResidue = 0;
        for (long seed = 1; seed <= 8; seed++) {
            Run run = run("gossip-rumor-coin", "gossip-rumor", "loss=0.2", seed);
            Outcome convergence = run.verdict().outcome("convergence");
            assertThat(run.valid()).isTrue();
            assertThat(convergence.notes()).hasSize(1);
            assertThat(convergence.notes().get(0)).startsWith("residue ");
            if (!convergence.notes().get(0).startsWith("residue 0:")) {
                withResidue++;
            }
        }
        assertThat(withResidue).isPositive();
    }

    @Test
    void aBoundOnTheResidueFailsBlindRumorMongering() {
        Run run = run("gossip-rumor-blind-coin", "gossip-rumor=0.1", "loss=0.2", 1);

        assertThat(run.verdict().violated()).extracting(Outcome::property).containsExactly("convergence");
        assertThat(run.verdict().firstViolation().sentence()).contains("above the bound 0.100");
    }

    @Test
    void theForgetfulPullMutantIsCaughtByConvergenceOnARing() {
        Protocol mutant = Protocols.named("gossip-pull-forgetful");
        Run run = run(mutant, Specs.named(mutant.spec()), oneRumor(mutant.id()));

        assertThat(mutant.breaks()).isEqualTo("convergence");
        assertThat(run.verdict().violated()).extracting(Outcome::property).containsExactly("convergence");
        assertThat(run.verdict().outcome("convergence").examples()).extracting(Violation::sentence).containsExactly(
                "convergence violated: correct process n3 never learned n1-1, though correct process n1 broadcast it "
                        + "(#0) and n3 is connected to n1 through correct processes (n1–n2–n3); the run ended at #4",
                "convergence violated: correct process n4 never learned n1-1, though correct process n1 broadcast it "
                        + "(#0) and n4 is connected to n1 through correct processes (n1–n5–n4); the run ended at #4");
    }

    @Test
    void correctPullAntiEntropyConvergesOnTheSameRing() {
        GossipParameters ring = GossipParameters.antiEntropy(Mode.PULL).withTopology(Topology.parse("ring"));
        Protocol pull = Protocol.reference("gossip-pull-ring", "gossip", "pull on a ring", Set.of(), ring::newNode);

        Run run = run(pull, Specs.named("gossip"), oneRumor(pull.id()));

        assertThat(run.valid()).isTrue();
        assertThat(run.deliveries()).isEqualTo(5);
    }

    @Test
    void theHeaderRecordsTheGossipSettingsAndTheTopologyTheCheckerReads() {
        Protocol mutant = Protocols.named("gossip-pull-forgetful");
        var header = Run.header(oneRumor(mutant.id()), mutant, Specs.named("gossip"), "none");

        assertThat(header.provenance().at("/gossip/mode").asText()).isEqualTo("pull");
        assertThat(header.provenance().at("/gossip/period_us").asLong()).isEqualTo(50_000);
        assertThat(header.provenance().at("/topology/name").asText()).isEqualTo("ring");
        assertThat(header.provenance().at("/topology/neighbours/n1").toString()).isEqualTo("[\"n2\",\"n5\"]");
    }

    @Test
    void aGossipRunIsReplayedByteForByteFromItsSeed(@TempDir Path dir) throws IOException {
        Protocol protocol = Protocols.named("gossip-push-pull");
        Spec spec = Specs.named("gossip");
        Scenario scenario = ScenarioParameters.of(protocol.id(), 6, 10, NemesisOptions.parse("partition,loss=0.2"))
                .generate(42);
        for (String name : List.of("a.jsonl", "b.jsonl")) {
            Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, "partition,loss=0.2"),
                    dir.resolve(name), true);
        }

        assertThat(Files.mismatch(dir.resolve("a.jsonl"), dir.resolve("b.jsonl"))).isEqualTo(-1);
        assertThat(Files.readString(dir.resolve("a.jsonl"))).contains("\"kind\":\"PushPull\"");
    }
}
