package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.process.Interpreters;
import herald.process.ProcessSettings;
import herald.process.Program;
import herald.scenario.NetworkModel;
import herald.scenario.Timing;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program's scenario that cannot be judged is neither a pass nor a failure, and grading goes on;
 * only the first scenario decides that a program cannot be run at all.
 */
class InconclusiveScenarioTest {

    @TempDir
    Path dir;

    @Test
    void aLaterScenarioWhoseNodesDoNotAnswerInitInTimeIsInconclusiveAndTheGradeGoesOn() throws Exception {
        Interpreters.requires("python3");
        Path copies = Files.createDirectories(dir.resolve("copies"));
        Program program = new Program(List.of("sh", ProgramGradeTest.program("slow_later.sh"), copies.toString()),
                null);
        var spec = Specs.named("reliable");
        Battery battery = Battery.of(spec, Battery.Target.PROGRAMS).only("no-faults/1,no-faults/2");
        BatterySettings settings = new BatterySettings(5, 5, new Timing(200_000, 300_000), NetworkModel.DEFAULT);
        ProcessSettings process = ProcessSettings.DEFAULT.withInitTimeout(1_500_000);

        Score score = Grading.program(program, spec, battery, settings, process, 2, List.of(), dir.resolve("report"),
                "./herald grade --spec reliable --bin slow_later.sh", r -> { });

        assertThat(score.results()).extracting(r -> r.scenario().id()).containsExactly("no-faults/1", "no-faults/2");
        assertThat(score.results().get(0).passed()).isTrue();
        ScenarioResult later = score.results().get(1);
        assertThat(later.inconclusive()).isTrue();
        assertThat(later.failed()).isFalse();
        assertThat(later.sentence()).startsWith("did not start in time, though the first scenario did")
                .contains("did not answer init within 3.0 s");
        assertThat(score.startFailure()).isNull();
        assertThat(score.exitCode()).isEqualTo(3);
        StringWriter out = new StringWriter();
        score.summarize(new PrintWriter(out), null);
        assertThat(out.toString()).startsWith("score: 1 of 2 scenarios passed; inconclusive (not judged, neither "
                + "passed nor failed: grade them again): no-faults/2 (");
        assertThat(Score.line(later, false)).contains("no-faults/2", " n/a ", "did not start in time");
        assertThat(JUnitXml.xml(score)).contains("failures=\"0\" errors=\"0\" skipped=\"1\"", "<skipped message=\"inconclusive: did not start in time");
        assertThat(score.toJson(dir).get("inconclusive").asInt()).isEqualTo(1);
    }

    @Test
    void theFirstScenarioNotStartingStillMeansTheProgramCannotBeRun() throws Exception {
        Path copies = Files.createDirectories(dir.resolve("copies"));
        for (int k = 0; k < 5; k++) {
            Files.createFile(copies.resolve("earlier" + k));
        }
        Program program = new Program(List.of("sh", ProgramGradeTest.program("slow_later.sh"), copies.toString()),
                null);
        var spec = Specs.named("reliable");
        Battery battery = Battery.of(spec, Battery.Target.PROGRAMS).only("no-faults/1,no-faults/2");
        Score score = Grading.program(program, spec, battery, BatterySettings.DEFAULT,
                ProcessSettings.DEFAULT.withInitTimeout(500_000), 2, List.of(), dir.resolve("report"), "r", r -> { });

        assertThat(score.results()).hasSize(1);
        assertThat(score.startFailure()).startsWith("n0 did not answer init within 0.5 s");
        assertThat(score.exitCode()).isEqualTo(2);
    }

    @Test
    void livenessThatFailsOnlyWhereRequestsWentUnansweredIsInconclusiveNotAViolation() throws Exception {
        Interpreters.requires("python3");
        Program program = new Program(List.of("python3", ProgramGradeTest.program("mute.py")), null);
        var spec = Specs.named("reliable");
        Battery battery = Battery.of(spec, Battery.Target.PROGRAMS).only("no-faults/1");
        BatterySettings settings = new BatterySettings(3, 2, new Timing(100_000, 200_000), NetworkModel.DEFAULT);
        ProcessSettings d = ProcessSettings.DEFAULT;
        ProcessSettings process = new ProcessSettings(d.initTimeout(), 300_000, 300_000, d.limits(), false,
                d.deliveries(), d.topology());

        Score score = Grading.program(program, spec, battery, settings, process, 1, List.of(), dir, "r", r -> { });

        ScenarioResult r = score.results().get(0);
        assertThat(r.property()).isEqualTo(ScenarioResult.INCONCLUSIVE);
        assertThat(r.sentence()).startsWith("not judged: validity failed only where requests went unanswered (n")
                .contains("did not answer");
        assertThat(r.diagnostics()).anyMatch(x -> x.contains("did not answer"));
        assertThat(score.exitCode()).isEqualTo(3);
    }
}
