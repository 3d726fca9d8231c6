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
    void withoutQuietAClassOrProtocolThatNeedsLongerToSettleGetsThatLongAsRunAndHuntGiveIt() {
        CommandLine gossip = CommandLine.run("grade", "--spec", "gossip", "--protocol", "gossip-push-pull",
                "--scenarios", "no-faults/2,crash-cut-off/3");
        assertThat(gossip.exit()).as(gossip.out() + gossip.err()).isZero();
        assertThat(gossip.out()).contains("runs: 5 nodes, 20 broadcasts, window 1000 ms, quiet 1350 ms,",
                "score: 2 of 2 scenarios passed");
        int made = herald.grade.students.SettlesSlowly.made;
        CommandLine slow = CommandLine.run("grade", "--spec", "reliable", "--class",
                "herald.grade.students.SettlesSlowly", "--scenarios", "no-faults/1");
        assertThat(slow.exit()).as(slow.out() + slow.err()).isZero();
        assertThat(slow.out()).contains("quiet 1200 ms,", "score: 1 of 1 scenarios passed");
        assertThat(herald.grade.students.SettlesSlowly.made).as("no node made in Herald's JVM").isEqualTo(made);
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
}
