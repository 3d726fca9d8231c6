package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald grade} on Java classes: the whole battery, its files, replays, and classes that cannot be graded. */
class GradeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aReferenceClassScoresFullMarksOnTheWholeBatteryWithItsReportScoreAndJUnitXml() throws Exception {
        Path report = dir.resolve("report");
        Path xml = dir.resolve("junit.xml");
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--class",
                "herald.broadcast.EagerReliableBroadcast", "--report", report.toString(), "--junit-xml", xml.toString());
        assertThat(c.exit()).as(c.out() + c.err()).isZero();
        assertThat(c.out()).startsWith("herald grade: herald.broadcast.EagerReliableBroadcast against reliable\n"
                + "battery herald-battery/2 for reliable: 13 kinds × 5 seeds = 65 scenarios\n")
                .contains("score: 65 of 65 scenarios passed", "report: " + report.resolve("report.html"));
        JsonNode score = Json.MAPPER.readTree(report.resolve("score.json").toFile());
        assertThat(score.get("battery").asText()).isEqualTo("herald-battery/2");
        assertThat(score.get("passed").asInt()).isEqualTo(65);
        assertThat(score.get("exit").asInt()).isZero();
        assertThat(score.get("results")).hasSize(65);
        assertThat(Files.readString(xml)).contains("tests=\"65\" failures=\"0\" errors=\"0\"",
                "<testcase classname=\"herald.grade.reliable\" name=\"everything/5\"");
        assertThat(Files.readString(report.resolve("report.html"))).contains("<b>65 of 65 scenarios passed</b>");
    }

    @Test
    void aFailingClassIsReportedWithItsDiagramAndItsScenarioReplaysByteForByte() throws Exception {
        Path report = dir.resolve("report");
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--class", "herald.broadcast.BestEffortBroadcast",
                "--scenarios", "no-faults,loss/1", "--report", report.toString());
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(1);
        assertThat(c.out()).containsPattern("loss/1 +FAIL .* (validity|agreement) violated")
                .contains("score: 5 of 6 scenarios passed; failed: loss/1",
                        "replay one: ./herald grade --spec reliable --class herald.broadcast.BestEffortBroadcast "
                                + "--scenarios loss/1");
        byte[] history = Files.readAllBytes(report.resolve("loss-seed1/history.jsonl"));
        String page = Files.readString(report.resolve("report.html"));
        assertThat(page).contains("<section id=\"loss-seed1\">", "<iframe title=\"loss/1\" srcdoc=\"",
                "its report on a page of its own");
        assertThat(report.resolve("loss-seed1/report.html")).exists();

        Path again = dir.resolve("again");
        CommandLine replay = CommandLine.run("grade", "--spec", "reliable", "--class",
                "herald.broadcast.BestEffortBroadcast", "--scenarios", "loss/1", "--report", again.toString());
        assertThat(replay.exit()).isEqualTo(1);
        assertThat(Files.readAllBytes(again.resolve("loss-seed1/history.jsonl"))).isEqualTo(history);
    }

    @Test
    void aClassThatCannotBeGradedExitsTwoWithOneLineSayingWhy() {
        assertThat(grade("com.example.Missing").err()).isEqualTo("herald grade: class com.example.Missing not found "
                + "(give --classpath with the jar or directory that has it)\n");
        assertThat(grade("herald.grade.students.NotANode").err())
                .isEqualTo("herald grade: herald.grade.students.NotANode does not implement herald.node.Node\n");
        assertThat(grade("herald.grade.students.NeedsArguments").err()).isEqualTo("herald grade: "
                + "herald.grade.students.NeedsArguments has no public constructor without arguments\n");
        CommandLine missingJar = CommandLine.run("grade", "--spec", "reliable", "--class", "a.B", "--classpath",
                dir.resolve("student.jar").toString());
        assertThat(missingJar.exit()).isEqualTo(2);
        assertThat(missingJar.err()).isEqualTo("herald grade: --classpath entry " + dir.resolve("student.jar")
                + " does not exist\n");
    }

    @Test
    void aClassThatUsesItsContextFromAThreadOfItsOwnIsToldSoInASentence() throws Exception {
        Path report = dir.resolve("report");
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--class",
                "herald.grade.students.DeliversFromAThread", "--scenarios", "no-faults/1", "--report",
                report.toString());
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(1);
        String sentence = "n1 called deliver outside a handler (from thread \"student-helper\"): a node may use its "
                + "context only inside init, onBroadcast, onReceive, onTimer and onSuspect, on the thread that "
                + "called them";
        assertThat(c.out()).containsPattern("no-faults/1 +FAIL +[0-9.]+ s  n[0-9]+ called deliver outside a handler")
                .doesNotContain("event index", "constructor");
        JsonNode result = Json.MAPPER.readTree(report.resolve("score.json").toFile()).get("results").get(0);
        assertThat(result.get("property").asText()).isEqualTo("stopped");
        assertThat(result.get("sentence").asText()).matches(sentence.replace("n1", "n[0-9]+").replace("(", "\\(")
                .replace(")", "\\)"));
        assertThat(result.toString()).doesNotContain("constructor threw");
    }

    private static CommandLine grade(String className) {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--class", className);
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(2);
        assertThat(c.out()).isEmpty();
        return c;
    }

    @Test
    void oneImplementationMustBeGivenAndGoalsAreForPrograms() {
        CommandLine none = CommandLine.run("grade", "--spec", "reliable");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("herald grade: give one of --class, --protocol or --bin (last)\n");
        CommandLine both = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--bin", "x");
        assertThat(both.exit()).isEqualTo(2);
        CommandLine goal = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb",
                "--msgs-per-op-under", "30");
        assertThat(goal.err()).isEqualTo("herald grade: goals are Maelstrom's figures, measured on programs (--bin)\n");
        CommandLine unknown = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--scenarios",
                "floods");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("herald grade: the battery for reliable has no scenario \"floods\"");
    }

    @Test
    void aGroupTooSmallForSomeScenariosIsRefusedBeforeAnythingIsGradedNotBlamedOnTheSubmission() {
        for (String[] target : new String[][] {{"--protocol", "eager-rb"}, {"--bin", "false"}}) {
            CommandLine small = CommandLine.run("grade", "--spec", "reliable", "--nodes", "2", target[0], target[1]);
            assertThat(small.exit()).as(small.err()).isEqualTo(2);
            assertThat(small.out()).isEmpty();
            assertThat(small.err()).startsWith("herald grade: the battery cannot run on 2 nodes: partition-bridge "
                    + "(partition=bridge needs at least 3 nodes, got 2); partition-ring (")
                    .contains("; crash (--nemesis crash=1 may crash 1 of 2 nodes at once")
                    .endsWith("; give more --nodes, or leave them out with --scenarios\n");
        }
        CommandLine fits = CommandLine.run("grade", "--spec", "reliable", "--nodes", "2", "--protocol", "eager-rb",
                "--scenarios", "no-faults,loss");
        assertThat(fits.exit()).as(fits.err()).isZero();
        assertThat(fits.out()).contains("score: 10 of 10 scenarios passed");
    }

    @Test
    void theQuietPeriodIsAtLeastWhatTheGradedProtocolNeedsToSettleAndThatIsItsDefault() {
        CommandLine short_ = CommandLine.run("grade", "--spec", "gossip", "--protocol", "gossip-push-pull", "--quiet",
                "100ms");
        assertThat(short_.exit()).isEqualTo(2);
        assertThat(short_.err()).isEqualTo("herald grade: --quiet must be at least 1150ms (what gossip-push-pull needs "
                + "to settle on 5 nodes), got 100ms: liveness is judged at the run's end, and a correct protocol needs "
                + "time after the heal for its last messages to arrive\n");
        CommandLine settled = CommandLine.run("grade", "--spec", "gossip", "--protocol", "gossip-push-pull",
                "--scenarios", "no-faults,crash");
        assertThat(settled.exit()).as(settled.out()).isZero();
        assertThat(settled.out()).contains("quiet 1150 ms");
    }
}
