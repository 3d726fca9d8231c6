package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeraldCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result herald(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Herald.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void runOfAReliableProtocolUnderFaultsExitsZeroAndKeepsEveryRun() throws IOException {
        Path store = dir.resolve("store");
        Result r = herald("run", "eager-rb", "--nodes", "5", "--broadcasts", "20", "--nemesis", "partition,loss=0.2",
                "--runs", "3", "--seed", "10", "--store", store.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("run 1/3  seed 10  valid", "run 3/3  seed 12  valid",
                "3 runs of eager-rb under partition,loss=0.2: 3 valid, 0 invalid");
        Path latest = store.resolve("latest");
        assertThat(Files.isSymbolicLink(latest)).isTrue();
        Path run = store.resolve(Files.readSymbolicLink(latest));
        assertThat(run.getFileName().toString()).endsWith("-seed12");
        assertThat(run.getParent().getFileName().toString()).isEqualTo("eager-rb");
        assertThat(Files.readString(run.resolve("command")))
                .isEqualTo("./herald run eager-rb --nodes 5 --broadcasts 20 --nemesis partition,loss=0.2 --seed 12\n");
        JsonNode verdict = Json.MAPPER.readTree(run.resolve("verdict.json").toFile());
        assertThat(verdict.get("valid").asBoolean()).isTrue();
        assertThat(Files.readAllLines(run.resolve("history.jsonl")).get(0))
                .startsWith("{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\",\"n2\",\"n3\",\"n4\",\"n5\"]");
    }

    @Test
    void runOfBestEffortUnderLossExitsOneWithTheVerdictAndTheReplayCommand() {
        Result r = herald("run", "best-effort", "--nodes", "5", "--broadcasts", "20", "--nemesis", "partition,loss=0.2",
                "--seed", "4", "--store", dir.toString(), "--force");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("warning: best-effort assumes links lose no packet (perfect links), but the "
                + "nemesis partition,loss=0.2 loses packets; running anyway (--force)\n");
        assertThat(r.out()).contains("INVALID", "validity violated: correct process",
                "replay: ./herald run best-effort --nodes 5 --broadcasts 20 --nemesis partition,loss=0.2 --seed 4 --force");
    }

    @Test
    void theReplayCommandQuotesWhatTheShellWouldChange() throws IOException {
        Path store = dir.resolve("my store");
        Result r = herald("run", "best-effort", "--nodes", "3", "--broadcasts", "20", "--nemesis", "loss=1@n1>n2",
                "--seed", "1", "--store", store.toString(), "--force");
        assertThat(r.code()).isEqualTo(1);
        String replay = "./herald run best-effort --nodes 3 --broadcasts 20 --nemesis 'loss=1@n1>n2' --seed 1 --force";
        assertThat(r.out()).contains("replay: " + replay);
        assertThat(Files.readString(store.resolve("latest/command"))).isEqualTo(replay + "\n");
    }

    @Test
    void bestEffortUnderLossIsRefusedWithoutForceForItAssumesPerfectLinks() {
        Result r = herald("run", "best-effort", "--nemesis", "loss=0.2", "--store", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("herald run: best-effort assumes links lose no packet (perfect links), but the "
                + "nemesis loss=0.2 loses packets; add --force to run it anyway\n");
    }

    @Test
    void theSameSeedTwiceWritesTheSameHistory() throws IOException {
        herald("run", "eager-rb", "--nemesis", "partition,loss=0.1,crash=1", "--seed", "77", "--store",
                dir.resolve("a").toString());
        herald("run", "eager-rb", "--nemesis", "partition,loss=0.1,crash=1", "--seed", "77", "--store",
                dir.resolve("b").toString());
        Path a = dir.resolve("a/latest/history.jsonl");
        Path b = dir.resolve("b/latest/history.jsonl");
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
    }

    @Test
    void checkPrintsTheVerdictAsJsonAndExitsOneOnAViolation() throws IOException {
        Path file = dir.resolve("h.jsonl");
        Files.writeString(file, "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\",\"n2\"]}\n"
                + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"a\"}\n"
                + "{\"i\":1,\"t\":1,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"a\",\"origin\":\"n1\"}\n"
                + "{\"i\":2,\"t\":9,\"type\":\"end\"}\n");
        Result r = herald("check", file.toString(), "--spec", "reliable", "--json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("spec").asText()).isEqualTo("reliable");
        assertThat(json.get("properties").fieldNames()).toIterable()
                .containsExactly("validity", "no-duplication", "no-creation", "agreement");
        assertThat(json.get("properties").get("agreement").get("first").asText()).isEqualTo(
                "agreement violated: correct process n1 delivered a (#1), but correct process n2 never delivered it");
        assertThat(json.get("warnings").isArray()).isTrue();

        Result human = herald("check", file.toString(), "--spec", "best-effort");
        assertThat(human.code()).isEqualTo(1);
        assertThat(human.out()).startsWith("best-effort: INVALID, 1 of 3 properties violated");
    }

    @Test
    void aTotalOrderViolationInAHistoryCutShortIsInconclusiveForACrashCouldExcuseItButAUniformOneStands()
            throws IOException {
        Path cut = dir.resolve("cut.jsonl");
        Files.writeString(cut, "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\",\"n2\"]}\n"
                + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"a\"}\n"
                + "{\"i\":1,\"t\":0,\"type\":\"broadcast\",\"node\":\"n2\",\"msg\":\"b\"}\n"
                + "{\"i\":2,\"t\":1,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"a\",\"origin\":\"n1\"}\n"
                + "{\"i\":3,\"t\":1,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"b\",\"origin\":\"n2\"}\n"
                + "{\"i\":4,\"t\":1,\"type\":\"deliver\",\"node\":\"n2\",\"msg\":\"b\",\"origin\":\"n2\"}\n"
                + "{\"i\":5,\"t\":1,\"type\":\"deliver\",\"node\":\"n2\",\"msg\":\"a\",\"origin\":\"n1\"}\n");
        Result total = herald("check", cut.toString(), "--spec", "total");
        assertThat(total.code()).as(total.out() + total.err()).isEqualTo(3);
        assertThat(total.err()).contains("herald check: inconclusive: the history has no end event (the run did not "
                + "finish), and only properties the rest of the run might have mended or excused were violated "
                + "(total-order): ");
        Result uniform = herald("check", cut.toString(), "--spec", "uniform-total");
        assertThat(uniform.code()).as("uniform total order binds every process: it stands").isEqualTo(1);
    }

    @Test
    void aHistoryCutShortThatOnlyFailsLivenessIsInconclusiveButASafetyViolationInItStands() throws IOException {
        String prefix = "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\",\"n2\"]}\n"
                + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"a\"}\n"
                + "{\"i\":1,\"t\":1,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"a\",\"origin\":\"n1\"}\n";
        Path cut = dir.resolve("cut.jsonl");
        Files.writeString(cut, prefix + "{\"i\":2,\"t\":5,\"type\":\"deli");
        for (String command : new String[] {"check", "show"}) {
            Result r = herald(command, cut.toString(), "--spec", "reliable");
            assertThat(r.code()).as(command).isEqualTo(3);
            assertThat(r.err()).as(command).contains("herald " + command + ": inconclusive: the history has no end "
                    + "event (the run did not finish), and only liveness properties were violated (agreement), which "
                    + "the rest of the run might have mended");
        }
        Files.writeString(cut, prefix + "{\"i\":2,\"t\":5,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"a\","
                + "\"origin\":\"n1\"}\n");
        Result duplicated = herald("check", cut.toString(), "--spec", "reliable");
        assertThat(duplicated.code()).isEqualTo(1);
        assertThat(duplicated.out()).contains("no-duplication  VIOLATED 1 time");
        Files.writeString(cut, prefix + "{\"i\":2,\"t\":5,\"type\":\"end\"}\n");
        assertThat(herald("check", cut.toString(), "--spec", "reliable").code()).isEqualTo(1);
    }

    @Test
    void showAndExportRefuseToWriteOverTheHistoryTheyRead() throws IOException {
        herald("run", "eager-rb", "--seed", "3", "--store", dir.toString());
        Path history = dir.resolve("h.jsonl");
        Files.copy(dir.resolve("latest/history.jsonl"), history);
        byte[] before = Files.readAllBytes(history);
        Path link = dir.resolve("link.jsonl");
        Files.createSymbolicLink(link, history.getFileName());
        String[][] commands = {{"show", history.toString(), "-o", history.toString()},
            {"show", history.toString(), "--output", link.toString()},
            {"export", "--shiviz", dir.resolve("latest/history.jsonl").toString(), history.toString(), "-o",
                dir.resolve(".").resolve("h.jsonl").toString()}};
        for (String[] command : commands) {
            Result r = herald(command);
            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", command)).startsWith("herald " + command[0] + ": the output ")
                    .contains("; writing it would destroy the history, so give another file");
        }
        assertThat(Files.readAllBytes(history)).isEqualTo(before);
    }

    @Test
    void aSpecTheHeaderNamesButHeraldDoesNotKnowIsBlamedOnTheFile() throws IOException {
        Path file = dir.resolve("h.jsonl");
        Files.writeString(file, "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\"],\"spec\":5}\n"
                + "{\"i\":0,\"t\":9,\"type\":\"end\"}\n");
        Result r = herald("check", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("herald check: " + file + ":1: the header names spec \"5\", which this Herald "
                + "does not know; give one with --spec (see herald list)\n");
        assertThat(herald("check", file.toString(), "--spec", "reliable").code()).isZero();
    }

    @Test
    void aSpecTheHeaderGivesAsAnObjectIsToldAsItIs() throws IOException {
        Path file = dir.resolve("h.jsonl");
        Files.writeString(file, "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\"],"
                + "\"spec\":{\"a\":1}}\n{\"i\":0,\"t\":9,\"type\":\"end\"}\n");
        Result r = herald("check", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("herald check: " + file + ":1: the header names spec \"{\\\"a\\\":1}\", which");
    }

    @Test
    void aStoreWhoseLatestIsADirectoryIsRefusedBeforeAnythingIsMade() throws IOException {
        Files.createDirectories(dir.resolve("latest"));
        Result r = herald("run", "eager-rb", "--seed", "3", "--store", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("herald run: " + dir.resolve("latest") + " is a directory, where Herald keeps a "
                + "link to the newest run; move it away or give another --store\n");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("latest");
        }
    }

    @Test
    void checkUsesTheSpecNamedInTheHeader() {
        herald("run", "eager-rb", "--seed", "3", "--store", dir.toString());
        Result r = herald("check", dir.resolve("latest/history.jsonl").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("reliable: valid");
    }

    @Test
    void aMalformedHistoryExitsTwoWithFileAndLine() throws IOException {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\"]}\n"
                + "{\"i\":0,\"t\":0,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"a\"}\n");
        Result r = herald("check", file.toString(), "--spec", "reliable");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(file + ":2: missing field \"origin\" in a deliver event");
        Result missing = herald("check", dir.resolve("nope.jsonl").toString(), "--spec", "reliable");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo(dir.resolve("nope.jsonl") + ": no such file");
    }

    @Test
    void badUsageExitsTwoWithOneLine() {
        Result unknown = herald("run", "eager-rbb", "--store", dir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("herald run: unknown protocol \"eager-rbb\" (known: best-effort, eager-rb");
        assertThat(unknown.err().lines()).hasSize(1);
        Result nemesis = herald("run", "eager-rb", "--nemesis", "loss=2", "--store", dir.toString());
        assertThat(nemesis.code()).isEqualTo(2);
        assertThat(nemesis.err().strip())
                .isEqualTo("herald run: loss takes a probability between 0 and 1, got \"2\"");
        Result option = herald("run", "eager-rb", "--nodes", "many");
        assertThat(option.code()).isEqualTo(2);
        assertThat(option.err().lines()).hasSize(1);
        Result spec = herald("check", "x.jsonl", "--spec", "nope");
        assertThat(spec.code()).isEqualTo(2);
    }

    @Test
    void listNamesProtocolsSpecsAndNemesesAsJson() throws IOException {
        Result r = herald("list", "--json");
        assertThat(r.code()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        JsonNode eager = json.get("protocols").get(1);
        assertThat(eager.get("id").asText()).isEqualTo("eager-rb");
        assertThat(eager.get("spec").asText()).isEqualTo("reliable");
        assertThat(eager.get("mutant").asBoolean()).isFalse();
        assertThat(eager.get("description").asText()).isNotBlank();
        assertThat(json.get("specs").findValuesAsText("name")).contains("best-effort", "reliable", "uniform-reliable");
        assertThat(json.get("nemeses").findValuesAsText("name")).contains("partition", "loss", "crash");
        assertThat(herald("list").out()).contains("eager-rb", "reliable", "partition");
    }
}
