package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import herald.cli.Herald;
import herald.history.Event;
import herald.history.History;
import herald.history.HistoryReader;
import herald.history.Json;
import herald.process.Interpreters;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Programs in Python and JavaScript, written for these tests, graded through {@code herald grade
 * --bin} on a few scenarios each (a real-time scenario costs seconds): each is graded right.
 */
class ProgramGradeTest {

    static final Path PROGRAMS = Path.of("src/test/resources/programs").toAbsolutePath();

    @TempDir
    Path dir;

    record Graded(int exit, String out, String err) {
    }

    static Graded herald(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Herald.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Graded(exit, out.toString(), err.toString());
    }

    static String program(String name) {
        return PROGRAMS.resolve(name).toString();
    }

    @Test
    void aFloodingNodeThatResendsUntilAcknowledgedPassesReliableUnderPartitionsAndLoss() {
        Interpreters.requires("python3");
        Graded g = herald("grade", "--spec", "reliable", "--scenarios",
                "partition-random-halves/1,partition-one-way/2,loss/1,everything/3", "--bin", "python3",
                program("flood.py"));
        assertThat(g.exit()).as(g.out() + g.err()).isZero();
        assertThat(g.out()).contains("herald grade: python3 " + program("flood.py") + " against reliable",
                "battery herald-battery/2 for reliable: 13 kinds × 3 seeds = 39 scenarios, 4 of them selected",
                "score: 4 of 4 scenarios passed");
    }

    @Test
    void aNodeThatRelaysOnceAndNeverResendsFailsReliableUnderAPartition() {
        Interpreters.requires("python3");
        Graded g = herald("grade", "--spec", "reliable", "--scenarios", "partition-halves/1", "--bin", "python3",
                program("relay_once.py"));
        assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(1);
        assertThat(g.out()).containsPattern("partition-halves/1 +FAIL .*agreement violated: correct process n\\d "
                + "delivered \\d+ \\(#\\d+\\), but correct process n\\d never delivered it")
                .contains("replay one: ./herald grade --spec reliable --scenarios partition-halves/1 --bin python3 "
                        + program("relay_once.py"));
    }

    @Test
    void aNodeThatReadsAValueTwiceFailsNoDuplication() {
        Interpreters.requires("node");
        Graded g = herald("grade", "--spec", "reliable", "--scenarios", "no-faults/1", "--bin", "node",
                program("flood.js"), "--read-twice");
        assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(1);
        assertThat(g.out()).containsPattern("no-faults/1 +FAIL .*no duplication violated at n\\d: it delivered 0 at "
                + "#\\d+ and again at #\\d+");
    }

    @Test
    void aNodeThatPrintsJunkFirstIsDiagnosedByNodeAndLineAndStillGraded() throws IOException {
        Interpreters.requires("python3");
        Path report = dir.resolve("report");
        Graded g = herald("grade", "--spec", "reliable", "--scenarios", "no-faults/1", "--report", report.toString(),
                "--bin", "python3", program("flood.py"), "--junk-first");
        assertThat(g.exit()).as(g.out() + g.err()).isZero();
        assertThat(g.out()).containsPattern("no-faults/1 +pass .*\\(5 diagnostics, the first: n\\d line 1 is not "
                + "JSON: \"flood.py starting up, hello!\"\\)");
        JsonNode score = Json.MAPPER.readTree(report.resolve("score.json").toFile());
        List<String> diagnostics = new ArrayList<>();
        score.at("/results/0/diagnostics").forEach(d -> diagnostics.add(d.asText()));
        assertThat(diagnostics).containsExactlyInAnyOrder("n0 line 1 is not JSON: \"flood.py starting up, hello!\"",
                "n1 line 1 is not JSON: \"flood.py starting up, hello!\"",
                "n2 line 1 is not JSON: \"flood.py starting up, hello!\"",
                "n3 line 1 is not JSON: \"flood.py starting up, hello!\"",
                "n4 line 1 is not JSON: \"flood.py starting up, hello!\"");
        History history = HistoryReader.read(report.resolve("no-faults-seed1/history.jsonl"));
        assertThat(history.events()).filteredOn(e -> e instanceof Event.Log).hasSize(5);
        assertThat(history.header().clock()).isEqualTo("wall");
    }

    @Test
    void aNodeThatDiesAtStartCannotBeRunAndExitsTwo() throws IOException {
        Interpreters.requires("node");
        Path xml = dir.resolve("junit.xml");
        Graded g = herald("grade", "--spec", "reliable", "--junit-xml", xml.toString(), "--bin", "node",
                program("dies.js"));
        assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(2);
        assertThat(g.out()).contains("could not be run: n0 exited with code 1 before answering init; its stderr ends: "
                + "dies.js: cannot find my configuration, giving up");
        assertThat(Files.readString(xml)).contains("errors=\"1\"", "<error type=\"start\"");
    }

    @Test
    void aLivenessFailureWhileTheNetworkIsStillBusyFailsAndSaysHowBusy() {
        Interpreters.requires("python3");
        Graded g = herald("grade", "--spec", "reliable", "--scenarios", "no-faults/1", "--bin", "python3",
                program("chatter.py"));
        assertThat(g.exit()).as("chatter cannot buy an inconclusive grade: " + g.out() + g.err()).isEqualTo(1);
        assertThat(g.out()).containsPattern("no-faults/1 +FAIL .*agreement violated: .* \\(the network was still busy "
                + "\\d+ s after the quiet period, \\d+ messages for \\d+ operations: if they were still carrying "
                + "values, not chatter, give it a longer --quiet\\)");
    }

    @Test
    void aNodeThatAnswersInitAndExitsAtOnceHasAnsweredAndThenCrashedEveryTime() {
        Interpreters.requires("python3");
        for (int k = 0; k < 3; k++) {
            Graded g = herald("grade", "--spec", "reliable", "--scenarios", "no-faults/1", "--bin", "python3",
                    program("answers_init_and_exits.py"));
            assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(1);
            assertThat(g.out()).doesNotContain("before answering init", "could not be run")
                    .containsPattern("no-faults/1 +FAIL .* n\\d crashed at \\d+ ms: the process exited with code 0");
        }
    }

    @Test
    void repliesToRequestsNeverMadeAreTheProgramsFaultAndFailItNotInconclusive() {
        Interpreters.requires("python3");
        Graded g = herald("grade", "--spec", "reliable", "--scenarios", "no-faults/1", "--bin", "python3",
                program("wrong_reply.py"));
        assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(1);
        assertThat(g.out()).containsPattern("no-faults/1 +FAIL .*violated: .*\\(n\\d answered c\\d with a "
                + "(read|broadcast)_ok in reply to msg_id \\d+, which c\\d never sent: in_reply_to must be the request's "
                + "msg_id\\)");
    }

    @Test
    void anUnchangedMaelstromProgramGradedOnAnOrderSpecIsToldItMustReportItsDeliveries() {
        Interpreters.requires("python3");
        Graded g = herald("grade", "--spec", "fifo", "--scenarios", "no-faults/1", "--bin", "python3",
                program("flood.py"));
        assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(1);
        assertThat(g.out()).containsPattern("no-faults/1 +FAIL .*violated: .*\\(n\\d read \\d+ but never reported "
                + "delivering it \\(deliveries are taken from reports to \"herald\" here, the default for an order "
                + "spec: report each, in order, or grade with --deliveries reads\\)\\)");
    }

    @Test
    void aProgramThatDoesNotExistCannotBeRunAndSaysSoAtOnce() {
        Graded g = herald("grade", "--spec", "reliable", "--msgs-per-op-under", "30", "--bin",
                PROGRAMS.resolve("no-such-program").toString());
        assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(2);
        assertThat(g.out()).contains("could not be run: ", "no-such-program").contains("No such file or directory")
                .doesNotContain("did not answer init within");
        assertThat(g.out()).as("not a failure of the program's, and no goal judged").containsPattern(
                "no-faults/1 +ERR ").doesNotContain("FAIL", "NOT MET");
    }

    @Test
    void aNodeThatExitsMidRunCrashesThatNodeAndFailsTheScenario() throws IOException {
        Interpreters.requires("python3");
        Path report = dir.resolve("report");
        Graded g = herald("grade", "--spec", "reliable", "--scenarios", "no-faults/1", "--report", report.toString(),
                "--bin", "python3", program("flood.py"), "--exit-after", "2");
        JsonNode score = Json.MAPPER.readTree(report.resolve("score.json").toFile());
        assertThat(score.at("/results/0/diagnostics/0").asText())
                .matches("n1 exited with code 3 at \\d+ ms; its stderr ends: flood.py: leaving after 2 requests");
        History history = HistoryReader.read(report.resolve("no-faults-seed1/history.jsonl"));
        assertThat(history.events()).filteredOn(e -> e instanceof Event.Crash).map(e -> (Event.Crash) e)
                .extracting(Event.Crash::node, Event.Crash::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("n1", "the process exited with code 3"));
        assertThat(g.exit()).as(g.out()).isEqualTo(1);
        assertThat(g.out()).containsPattern("no-faults/1 +FAIL .* n1 crashed at \\d+ ms: the process exited with code 3");
    }

    @Test
    void goalsAreJudgedOnMaelstromsFiguresOfTheFaultFreeRuns() {
        Interpreters.requires("python3");
        Graded g = herald("grade", "--spec", "reliable", "--scenarios", "no-faults/1", "--latency", "5",
                "--msgs-per-op-under", "2", "--median-latency-under", "5000", "--bin", "python3", program("flood.py"));
        assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(1);
        assertThat(g.out()).containsPattern("goal msgs-per-op under 2: \\d+\\.\\d\\d at worst over 1 fault-free run  "
                + "NOT MET").containsPattern("goal median-latency under 5000 ms: \\d+ ms at worst over 1 fault-free "
                + "run  met").contains("runs: 5 nodes, 20 broadcasts, window 1000 ms, quiet 1000 ms, latency 5.0 ms");
    }
}
