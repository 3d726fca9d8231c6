package herald.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Spec;
import herald.check.Specs;
import herald.junit.HuntAssertions;
import herald.nemesis.NemesisOptions;
import herald.nemesis.NetworkSemantics;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.FailureModel;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken protocol of the catalogue is caught by the property it is known to break, within a
 * fixed budget (seeds 1 to 5,000 of the default mix of faults, 3 to 5 nodes, 10 broadcasts), and
 * its counterexample shrinks small and replays byte for byte. The hunts are deterministic: each
 * runs once, for all the tests below.
 */
class MutantCatalogueTest {

    private static final long TRIES = 5_000;

    @TempDir
    static Path store;

    private static final Map<String, Counterexample> CAUGHT = new LinkedHashMap<>();

    /**
     * Mutants whose bug cannot show in three nodes: on a ring of three every node is next to the
     * origin, so a node that forgets what it pulled still hears every rumor first-hand.
     */
    private static final Map<String, Integer> SMALLEST_GROUP = Map.of("gossip-pull-forgetful", 4);

    static Stream<String> mutants() {
        return Protocols.all().stream().filter(Protocol::mutant).map(Protocol::id);
    }

    private static synchronized Counterexample caught(String id) {
        return CAUGHT.computeIfAbsent(id, MutantCatalogueTest::hunt);
    }

    private static Counterexample hunt(String id) {
        Protocol mutant = Protocols.named(id);
        Target target = new Target(mutant, Specs.named(mutant.spec()), mutant.breaks());
        ScenarioSource mix = new NemesisMix(mutant, new Group(3, 5), 10, NetworkSemantics.DEFAULT, false);
        return HuntAssertions.assertCatches(new Hunt(target, mix, 1, Budget.tries(TRIES)), store);
    }

    @ParameterizedTest(name = "{0} is caught by the property it breaks")
    @MethodSource("mutants")
    void eachMutantIsCaughtByThePropertyItBreaksAndShrinksSmall(String id) {
        Protocol mutant = Protocols.named(id);
        Counterexample kept = caught(id);
        assertThat(kept.shrunk().found().property()).isEqualTo(mutant.breaks());
        assertThat(kept.run().verdict().outcome(mutant.breaks()).valid()).as(kept.describe()).isFalse();
        assertThat(kept.after().nodes()).as(kept.describe()).isLessThanOrEqualTo(SMALLEST_GROUP.getOrDefault(id, 3));
        assertThat(kept.after().events()).as(kept.describe()).isLessThanOrEqualTo(kept.before().events())
                .isLessThanOrEqualTo(20);
    }

    @Test
    void theMedianShrunkCounterexampleHasAtMostFifteenBroadcastDeliverAndCrashEvents() {
        List<Integer> events = mutants().map(id -> caught(id).after().events()).sorted().toList();
        assertThat(events.get(events.size() / 2)).as("events of the shrunk counterexamples, sorted: %s", events)
                .isLessThanOrEqualTo(15);
    }

    @ParameterizedTest(name = "the counterexample of {0} replays byte for byte")
    @MethodSource("mutants")
    void eachKeptCounterexampleReplaysByteForByte(String id) throws IOException {
        Counterexample kept = caught(id);
        ScenarioFile file = ScenarioFile.read(kept.scenarioFile());
        Path again = kept.dir().resolve("replayed.jsonl");
        Replay.run(file, Replay.protocol(file, getClass().getClassLoader()), again);
        assertThat(Files.mismatch(kept.historyFile(), again)).as("first differing byte").isEqualTo(-1L);
        assertThat(Files.readString(kept.historyFile())).contains("\"type\":\"send\"");
    }

    @ParameterizedTest(name = "the counterexample of {0} is within the protocol's assumptions, and its reference keeps its spec there")
    @MethodSource("mutants")
    void eachCounterexampleIsAllowedAndTheReferenceProtocolPassesIt(String id) {
        Protocol mutant = Protocols.named(id);
        Counterexample kept = caught(id);
        Scenario scenario = kept.shrunk().shrunk().scenario();
        assertThat(FailureModel.refusal(mutant, NemesisOptions.of(scenario.schedule()), scenario.nodes())).isEmpty();
        Protocol reference = Protocols.all().stream()
                .filter(p -> !p.mutant() && p.newNode().getClass() == mutant.newNode().getClass().getSuperclass())
                .findFirst().orElseThrow();
        Spec spec = Specs.named(mutant.spec());
        Run run = Run.simulate(scenario, reference, spec, Run.header(scenario, reference, spec, "test"), null, false);
        assertThat(run.valid()).as("%s on the counterexample of %s:%n%s", reference.id(), id, run.verdict().describe())
                .isTrue();
    }

    @Test
    void theCatalogueHasEveryMutantTheIssueAsksForEachAReferenceWithOneStepChanged() {
        Set<Class<?>> references = Protocols.all().stream().filter(p -> !p.mutant())
                .map(p -> p.newNode().getClass()).collect(Collectors.toSet());
        List<Protocol> mutants = Protocols.all().stream().filter(Protocol::mutant).toList();
        assertThat(mutants).hasSizeGreaterThanOrEqualTo(14);
        for (Protocol mutant : mutants) {
            assertThat(references).as(mutant.id()).contains(mutant.newNode().getClass().getSuperclass());
            assertThat(Specs.named(mutant.spec()).properties()).as(mutant.id()).contains(mutant.breaks());
            assertThat(mutant.notes()).as(mutant.id()).hasSizeGreaterThan(300);
        }
    }
}
