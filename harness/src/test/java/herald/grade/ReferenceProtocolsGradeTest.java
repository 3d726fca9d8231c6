package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Spec;
import herald.check.Specs;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The battery against Herald's own protocols, run in this JVM: every reference protocol scores full
 * marks on its spec's battery, graded as a class where it can be, and every broken one fails it by
 * the property it breaks, each failure shrunk. The catalogue of broken protocols grows; every one of them is graded here.
 */
class ReferenceProtocolsGradeTest {

    @TempDir
    Path dir;

    static Stream<Protocol> references() {
        return Protocols.all().stream().filter(p -> !p.mutant());
    }

    static Stream<Protocol> mutants() {
        return Protocols.all().stream().filter(Protocol::mutant);
    }

    private List<ScenarioResult> grade(Protocol protocol) {
        Spec spec = Specs.named(protocol.spec());
        Battery battery = Battery.of(spec, Battery.Target.CLASSES);
        ClassRuns runs = new ClassRuns(submission(protocol), spec, BatterySettings.DEFAULT, Limits.DEFAULT,
                dir, false);
        return runs.runAll(battery.scenarios());
    }

    /**
     * The protocol as a student's class would be graded (--class), when its node class can be made
     * without arguments; otherwise (a gossip node and its settings) by its id (--protocol).
     */
    private static Submission submission(Protocol protocol) {
        Class<?> type = protocol.newNode().getClass();
        try {
            type.getConstructor();
            return Submission.ofClass(type.getName(), List.of());
        } catch (NoSuchMethodException needsSettings) {
            return Submission.ofProtocol(protocol.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void aReferenceProtocolScoresFullMarksOnItsSpecsBattery(Protocol protocol) {
        List<ScenarioResult> results = grade(protocol);
        assertThat(results).hasSize(Battery.of(Specs.named(protocol.spec()), Battery.Target.CLASSES).scenarios().size());
        assertThat(results).filteredOn(r -> !r.passed()).extracting(r -> r.scenario().id() + ": " + r.sentence())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void aBrokenProtocolFailsItsSpecsBatteryByThePropertyItBreaksAndEachFailureIsShrunk(Protocol protocol) {
        List<ScenarioResult> failed = grade(protocol).stream().filter(r -> !r.passed()).toList();
        assertThat(failed).isNotEmpty();
        assertThat(failed).extracting(ScenarioResult::property).filteredOn(Objects::nonNull)
                .contains(protocol.breaks());
        assertThat(failed).allSatisfy(r -> {
            assertThat(r.shrunk()).as(r.scenario().id()).isNotNull();
            assertThat(r.shrunk().after().nodes()).isLessThanOrEqualTo(r.shrunk().before().nodes());
            assertThat(r.shrunk().after().broadcasts()).isLessThanOrEqualTo(r.shrunk().before().broadcasts());
            assertThat(Path.of(r.shrunk().scenarioFile())).isRegularFile();
        });
    }
}
