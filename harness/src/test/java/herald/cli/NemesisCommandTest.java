package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Event;
import herald.history.History;
import herald.history.HistoryReader;
import herald.history.Json;
import herald.nemesis.Nemeses;
import herald.nemesis.Nemesis;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NemesisCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    private static Result herald(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Herald.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private List<History> histories(String protocol) throws IOException {
        try (Stream<Path> runs = Files.list(dir.resolve(protocol))) {
            return runs.sorted().map(run -> HistoryReader.read(run.resolve("history.jsonl"))).toList();
        }
    }

    private static <E extends Event> List<E> events(History h, Class<E> type) {
        return h.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void eagerReliableBroadcastSurvivesEveryFaultOfTheIssueAndEachHistoryRecordsItsFaults() throws IOException {
        Result r = herald("run", "eager-rb", "--nodes", "5", "--nemesis", "partition,loss=0.1,dup=0.1,reorder,crash=1,pause",
                "--runs", "50", "--seed", "1", "--store", dir.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).endsWith("50 runs of eager-rb under partition,loss=0.1,dup=0.1,reorder,crash=1,pause: "
                + "50 valid, 0 invalid\n");
        List<History> histories = histories("eager-rb");
        assertThat(histories).hasSize(50).allSatisfy(h -> {
            List<Event.Fault> faults = events(h, Event.Fault.class);
            assertThat(faults).filteredOn(Event.Fault::isStart).hasSizeGreaterThan(3)
                    .allSatisfy(f -> assertThat(f.detail()).isNotNull());
            assertThat(faults.stream().filter(Event.Fault::isStart).count())
                    .isEqualTo(faults.stream().filter(f -> !f.isStart()).count());
            assertThat(events(h, Event.Crash.class)).hasSize(1);
            assertThat(h.end().healedAt()).isEqualTo(faults.get(faults.size() - 1).t());
            assertThat(h.header().model()).isEqualTo("crash-stop");
        });
        assertThat(histories.stream().flatMap(h -> events(h, Event.Fault.class).stream()).map(Event.Fault::fault)
                .distinct()).containsExactlyInAnyOrder("partition", "loss", "duplicate", "reorder", "crash", "pause");
    }

    @Test
    void bestEffortUnderLossIsCaught() {
        Result r = herald("run", "best-effort", "--nodes", "5", "--nemesis", "loss=0.2", "--runs", "3", "--seed", "1",
                "--store", dir.toString(), "--force");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("validity        VIOLATED").endsWith("3 runs of best-effort under loss=0.2: 0 valid, 3 invalid\n");
    }

    @Test
    void aHandWrittenScheduleFileIsRunAsItIsAndReplayedByItsName() throws IOException {
        Path file = Path.of("..", "docs", "examples", "partition-n1-then-heal.json");
        Result r = herald("run", "eager-rb", "--nodes", "3", "--nemesis-file", file.toString(), "--runs", "5",
                "--seed", "3", "--store", dir.toString());
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(histories("eager-rb")).hasSize(5).allSatisfy(h ->
                assertThat(events(h, Event.Fault.class)).extracting(Event::t).containsExactly(100_000L, 600_000L));
        try (Stream<Path> runs = Files.list(dir.resolve("eager-rb"))) {
            Path first = runs.sorted().findFirst().orElseThrow();
            assertThat(Files.readString(first.resolve("command"))).isEqualTo(
                    "./herald run eager-rb --nodes 3 --broadcasts 20 --nemesis-file " + file + " --seed 3\n");
        }
    }

    @Test
    void aBadScheduleFileExitsTwoWithTheFileAndTheLine() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"faults\": [\n  {\"start\": 0, \"stop\": 10, \"fault\": \"flood\"}\n]}\n");
        Result r = herald("run", "eager-rb", "--nemesis-file", file.toString(), "--store", dir.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(file + ":2: /faults/0: unknown fault \"flood\" (known: partition,"
                + " loss, duplicate, reorder, delay, crash, pause)\n");
        Result unknownNode = herald("run", "eager-rb", "--nodes", "2", "--nemesis-file",
                Path.of("..", "docs", "examples", "partition-n1-then-heal.json").toString(), "--store", dir.toString());
        assertThat(unknownNode.code()).isEqualTo(2);
        assertThat(unknownNode.err()).contains("/faults/0: the partition names n3, which is not in the group n1, n2");
    }

    @Test
    void contradictoryNemesisOptionsExitTwoWithOneLine() {
        Result both = herald("run", "eager-rb", "--nemesis", "loss", "--nemesis-file", "x.json", "--store", dir.toString());
        assertThat(both.code()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("herald run: give --nemesis or --nemesis-file, not both\n");
        Result fifo = herald("run", "eager-rb", "--nemesis", "reorder", "--network", "fifo", "--store", dir.toString());
        assertThat(fifo.code()).isEqualTo(2);
        assertThat(fifo.err().lines()).hasSize(1).first().asString()
                .startsWith("herald run: the network is ordered (FIFO links), so it cannot reorder packets");
        Result majority = herald("run", "eager-rb", "--nodes", "3", "--nemesis", "crash=2", "--store", dir.toString());
        assertThat(majority.code()).isEqualTo(2);
        assertThat(majority.err()).startsWith("herald run: --nemesis crash=2 may crash 2 of 3 nodes at once, which leaves no correct majority");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "run eager-rb --nemesis ''| herald run: --nemesis is empty: give the faults, e.g. partition,loss=0.2, or none for no faults",
        "run eager-rb --nemesis ,,| herald run: empty item in --nemesis \",,\"",
        "run eager-rb --nemesis loss,| herald run: empty item in --nemesis \"loss,\"",
        "hunt eager-rb --nemesis ' '| herald hunt: --nemesis is empty: give the faults, e.g. partition,loss=0.2, or none for no faults",
        "run eager-rb --bandwidth 100| herald run: --transport, --fault-layer and --bandwidth go with --runtime sockets",
        "run eager-rb --runtime sockets --fault-layer toxiproxy --bandwidth -1| herald run: --bandwidth is in KB/s and must be positive, got -1",
        "hunt eager-rb --shrink-runs -5| herald hunt: --shrink-runs cannot be negative, got -5 (0 keeps the violation as found)",
    })
    void aBadFlagExitsTwoWithOneLineNamingIt(String command, String message) {
        java.util.List<String> args = new java.util.ArrayList<>();
        java.util.regex.Matcher words = java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
        while (words.find()) {
            args.add(words.group(1) != null ? words.group(1) : words.group(2));
        }
        args.addAll(java.util.List.of("--store", dir.toString()));
        Result r = herald(args.toArray(String[]::new));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo(message + "\n");
    }

    @Test
    void aFifoNetworkIsRecordedInTheHeaderAndTheReplayCommand() throws IOException {
        Result r = herald("run", "eager-rb", "--nemesis", "partition,dup", "--network", "fifo", "--seed", "4",
                "--store", dir.toString());
        assertThat(r.code()).isZero();
        History h = histories("eager-rb").get(0);
        assertThat(h.header().text("network")).isEqualTo("ordered,lossy,duplicating");
        try (Stream<Path> runs = Files.list(dir.resolve("eager-rb"))) {
            assertThat(Files.readString(runs.findFirst().orElseThrow().resolve("command"))).isEqualTo(
                    "./herald run eager-rb --nodes 5 --broadcasts 20 --nemesis partition,dup"
                            + " --network ordered,lossy,duplicating --seed 4\n");
        }
    }

    @Test
    void listNamesEveryNemesisWithItsDescriptionAndParameter() throws IOException {
        Result text = herald("list");
        JsonNode json = Json.MAPPER.readTree(herald("list", "--json").out());
        List<String> names = Nemeses.all().stream().map(Nemesis::name).toList();
        assertThat(names).containsExactly("partition", "loss", "crash", "dup", "reorder", "delay", "restart", "pause");
        assertThat(json.get("nemeses").findValuesAsText("name")).containsExactlyElementsOf(names);
        for (JsonNode n : json.get("nemeses")) {
            assertThat(n.get("description").asText()).isNotBlank();
            assertThat(n.get("parameter").asText()).startsWith("=");
            assertThat(text.out()).contains("  " + n.get("name").asText() + " ", n.get("description").asText(),
                    n.get("parameter").asText());
        }
        assertThat(json.get("network").findValuesAsText("word")).contains("ordered, fifo", "lossless");
    }
}
