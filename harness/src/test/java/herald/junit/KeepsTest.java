package herald.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import herald.check.Specs;
import herald.hunt.Budget;
import herald.hunt.Group;
import herald.hunt.Hunt;
import herald.hunt.NemesisMix;
import herald.hunt.Target;
import herald.mutant.NonRelayingBroadcast;
import herald.nemesis.NetworkSemantics;
import herald.protocol.Protocols;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.opentest4j.AssertionFailedError;

/**
 * How a {@link Keeps} test passes and fails, seen from outside: each fixture below is a test class
 * of its own, run in process by the JUnit launcher (Surefire leaves nested classes alone).
 */
class KeepsTest {

    private static final String STORE = "target/herald-keeps-test";

    static class BrokenProtocol {
        @Keeps(protocol = "eager-rb-no-relay", scenarios = 500, store = STORE)
        void eagerReliableBroadcastWithoutRelayKeepsItsSpec() {
        }
    }

    static class StudentClass {
        @Keeps(node = NonRelayingBroadcast.class, spec = "reliable", scenarios = 500, store = STORE)
        void theStudentsBroadcastKeepsReliable() {
        }
    }

    static class CorrectProtocol {
        static Hunt.Search seen;

        @Keeps(protocol = "eager-rb", scenarios = 40, store = STORE)
        void eagerReliableBroadcastKeepsItsSpec(Hunt.Search search) {
            seen = search;
        }
    }

    private static TestExecutionSummary run(Class<?> fixture) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture)).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        return listener.getSummary();
    }

    private static String failure(Class<?> fixture) {
        TestExecutionSummary summary = run(fixture);
        assertThat(summary.getTestsFailedCount()).isEqualTo(1);
        Throwable thrown = summary.getFailures().get(0).getException();
        assertThat(thrown).isInstanceOf(AssertionFailedError.class);
        return thrown.getMessage();
    }

    @Test
    void aHuntThatFindsAViolationFailsWithTheShrunkSentenceItsHistoryAndTheReplayCommand() throws Exception {
        String message = failure(BrokenProtocol.class);
        List<String> lines = message.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("eager-rb-no-relay does not keep reliable: agreement violated: correct process ");
        assertThat(lines.get(1)).startsWith("  found at seed ").contains(" scenarios; shrunk from ");
        assertThat(lines.get(2)).matches("  history: " + STORE + "/hunt/eager-rb-no-relay/[^ ]+/history\\.jsonl");
        assertThat(lines.get(3)).matches("  replay:  \\./herald replay " + STORE + "/hunt/eager-rb-no-relay/[^ ]+/scenario\\.json");
        assertThat(Path.of(lines.get(2).substring("  history: ".length()))).isRegularFile();
    }

    @Test
    void aStudentsNodeClassIsHuntedAndItsCounterexampleNamesTheClassAndWhereItIs() throws Exception {
        String message = failure(StudentClass.class);
        assertThat(message).startsWith("NonRelayingBroadcast does not keep reliable: agreement violated");
        Matcher replay = Pattern.compile("replay: {2}\\./herald replay (\\S+) --classpath (\\S+)").matcher(message);
        assertThat(replay.find()).as(message).isTrue();
        assertThat(Files.readString(Path.of(replay.group(1))))
                .contains("\"protocol\": \"NonRelayingBroadcast\"")
                .contains("\"class\": \"herald.mutant.NonRelayingBroadcast\"");
        Path where = Path.of(replay.group(2));
        if (Files.isDirectory(where)) {
            assertThat(where.resolve("herald/mutant/NonRelayingBroadcast.class")).isRegularFile();
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                assertThat(jar.getEntry("herald/mutant/NonRelayingBroadcast.class")).isNotNull();
            }
        }
    }

    @Test
    void aHuntThatFindsNothingPassesAndHandsItsSearchToTheTest() {
        TestExecutionSummary summary = run(CorrectProtocol.class);
        assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
        assertThat(CorrectProtocol.seen.runs()).isEqualTo(40);
        assertThat(CorrectProtocol.seen.caught()).isFalse();
        assertThat(CorrectProtocol.seen.exercised().runs()).isEqualTo(40);
    }

    @Test
    void assertCatchesFailsWhenTheHuntFindsNothingAndSaysWhatItSearched() {
        var eager = Protocols.named("eager-rb");
        Hunt hunt = new Hunt(new Target(eager, Specs.named("reliable"), null),
                new NemesisMix(eager, new Group(3, 3), 5, NetworkSemantics.DEFAULT, false), 1, Budget.tries(20));
        assertThatThrownBy(() -> HuntAssertions.assertCatches(hunt, Path.of(STORE)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("eager-rb broke no property of reliable in 20 scenarios from seed 1\n"
                        + "exercised: 20 runs, ");
    }
}
