package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuntCommandTest {

    @TempDir
    Path store;

    private static final Pattern REPLAY = Pattern.compile("replay: \\./herald replay (\\S+)");

    private Path keptScenario(CommandLine hunt) {
        Matcher m = REPLAY.matcher(hunt.out());
        assertThat(m.find()).as(hunt.out()).isTrue();
        return Path.of(m.group(1));
    }

    @Test
    void aMixOnGroupsOfOneOrTwoCrashesNothingForTheyHaveNoMinority() {
        for (String protocol : List.of("eager-rb", "sequencer-to")) {
            CommandLine hunt = CommandLine.run("hunt", protocol, "--nodes", "1..2", "--seed", "1", "--tries", "200",
                    "--store", store.toString());
            assertThat(hunt.exit()).as(hunt.out() + hunt.err()).isEqualTo(Exit.VALID);
            assertThat(hunt.out()).doesNotContain("crash of").containsPattern("faults seen: (?!.*crash)");
        }
    }

    @Test
    void aHuntFindsShrinksAndKeepsAViolationAndExitsOne() {
        CommandLine hunt = CommandLine.run("hunt", "eager-rb-no-relay", "--seed", "1", "--tries", "500",
                "--store", store.toString());
        assertThat(hunt.exit()).as(hunt.err()).isEqualTo(Exit.VIOLATED);
        assertThat(hunt.out()).startsWith("hunting eager-rb-no-relay for a violation of agreement under a mix of "
                        + "partition=any, loss=0.1, dup=0.1, reorder, delay, pause, crash of a minority, a random subset "
                        + "each run; 3..5 nodes, 10 broadcasts a run, seeds 1…\n")
                .contains("\nfound: agreement violated at seed ")
                .contains("\nagreement violated: correct process ")
                .containsPattern("\nshrunk in \\d+ steps \\(\\d+ runs, [0-9.]+ s\\): \\d nodes, 10 broadcasts, \\d+ faults?, "
                        + "\\d+ events, 2\\.0 s → [23] nodes, 1 broadcast, ")
                .contains("\nkept: " + store.resolve("hunt/eager-rb-no-relay"))
                .contains("\nexercised: ")
                .containsPattern("runs \\( *\\d+%\\) with a crash before every other process delivered the crashed one's message");
        Path dir = keptScenario(hunt).getParent();
        assertThat(dir.resolve("scenario.json")).isRegularFile();
        assertThat(dir.resolve("history.jsonl")).isRegularFile();
        assertThat(dir.resolve("verdict.json")).isRegularFile();
        assertThat(dir.resolve("report.html")).isRegularFile();
    }

    @Test
    void replayOfAKeptScenarioGivesTheSameHistoryByteForByteAndItsVerdict() throws IOException {
        Path scenario = keptScenario(CommandLine.run("hunt", "fifo-no-holdback", "--seed", "1", "--tries", "500",
                "--store", store.toString()));
        CommandLine replay = CommandLine.run("replay", scenario.toString(), "--store", store.toString());
        assertThat(replay.exit()).as(replay.err()).isEqualTo(Exit.VIOLATED);
        assertThat(replay.out()).contains("  history: the same as " + scenario.resolveSibling("history.jsonl")
                        + ", byte for byte\n")
                .contains("  fifo: INVALID, 1 of 5 properties violated\n")
                .contains("    fifo-order      VIOLATED 1 time\n");
        try (var runs = Files.list(store.resolve("fifo-no-holdback"))) {
            Path replayed = runs.filter(p -> p.getFileName().toString().contains("-replay-seed")).findFirst().orElseThrow();
            assertThat(Files.mismatch(replayed.resolve("history.jsonl"), scenario.resolveSibling("history.jsonl")))
                    .isEqualTo(-1L);
            assertThat(replayed.resolve("report.html")).isRegularFile();
        }
    }

    @Test
    void aHuntThatFindsNothingSaysWhatItExercisedAndExitsZero() {
        CommandLine hunt = CommandLine.run("hunt", "causal-vc", "--seed", "1", "--tries", "100", "--nodes", "5",
                "--store", store.toString());
        assertThat(hunt.exit()).as(hunt.err()).isEqualTo(Exit.VALID);
        assertThat(hunt.out()).containsPattern("\nno violation in 100 runs \\([0-9.]+ s, [0-9,]+ runs/s\\)\n"
                + "exercised: 100 runs, [0-9,]+ packets; faults seen: partition ")
                .contains("runs ( ")
                .doesNotContain("kept:");
        assertThat(store.resolve("hunt")).doesNotExist();
    }

    @Test
    void aHuntStopsAtTheLargestSeedRatherThanWrapRound() {
        CommandLine refused = CommandLine.run("hunt", "eager-rb-no-relay", "--seed", "9223372036854775800", "--tries",
                "200", "--store", store.toString());
        assertThat(refused.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(refused.err()).isEqualTo("herald hunt: seeds 9223372036854775800 and on, 200 of them, would go past "
                + "the largest seed, 9223372036854775807; start lower\n");
        CommandLine open = CommandLine.run("hunt", "eager-rb", "--seed", "9223372036854775805", "--time-limit", "5s",
                "--nodes", "3", "--store", store.toString());
        assertThat(open.exit()).as(open.err()).isEqualTo(Exit.VALID);
        assertThat(open.out()).contains("no violation in 3 runs");
    }

    @Test
    void aLongHuntPrintsAProgressLineWithRunsPerSecondAndTheFaultsSeen() {
        CommandLine hunt = CommandLine.run("hunt", "eager-rb", "--seed", "1", "--time-limit", "2.5s",
                "--store", store.toString());
        assertThat(hunt.exit()).isEqualTo(Exit.VALID);
        assertThat(hunt.err()).containsPattern("hunt: [0-9,]+ runs, [0-9,]+ runs/s, faults seen: partition [0-9,]+, ");
    }

    @Test
    void aHuntRefusesFaultsOutsideTheProtocolsAssumptionsUnlessForced() {
        CommandLine refused = CommandLine.run("hunt", "lamport-to", "--nemesis", "crash", "--store", store.toString());
        assertThat(refused.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(refused.err()).isEqualTo("herald hunt: lamport-to assumes no process crashes, but the nemesis crash "
                + "crashes processes; add --force to hunt anyway\n");
        CommandLine forced = CommandLine.run("hunt", "lamport-to", "--nemesis", "crash", "--force", "--seed", "1",
                "--tries", "200", "--store", store.toString());
        assertThat(forced.exit()).isEqualTo(Exit.VIOLATED);
        assertThat(forced.err()).startsWith("warning: lamport-to assumes no process crashes");
    }

    @Test
    void badOptionsAreBadInput() {
        assertThat(CommandLine.run("hunt", "eager-rb", "--time-limit", "soon").err())
                .isEqualTo("herald hunt: --time-limit takes a duration (500ms, 20s, 2m, or a number of seconds), got \"soon\"\n");
        assertThat(CommandLine.run("hunt", "eager-rb", "--nodes", "5..3").err())
                .startsWith("herald hunt: a group has at least one process");
        CommandLine property = CommandLine.run("hunt", "eager-rb", "--property", "total-order");
        assertThat(property.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(property.err()).isEqualTo("herald hunt: the spec reliable has no property total-order (it has "
                + "validity, no-duplication, no-creation, agreement)\n");
    }

    @Test
    void replayBesideAHistoryThatIsNotAFileStillReplays() throws IOException {
        CommandLine hunt = CommandLine.run("hunt", "eager-rb-no-relay", "--seed", "1", "--tries", "200",
                "--store", store.toString());
        assertThat(hunt.exit()).isEqualTo(Exit.VIOLATED);
        Matcher replay = REPLAY.matcher(hunt.out());
        assertThat(replay.find()).isTrue();
        Path scenario = Path.of(replay.group(1));
        Files.delete(scenario.resolveSibling("history.jsonl"));
        Files.createDirectory(scenario.resolveSibling("history.jsonl"));
        CommandLine again = CommandLine.run("replay", scenario.toString(), "--store", store.toString());
        assertThat(again.exit()).as(again.err()).isEqualTo(Exit.VIOLATED);
        assertThat(again.out()).doesNotContain("history: ");
    }

    @Test
    void replayWarnsOfAScenarioThatBreaksTheProtocolsAssumptions() throws IOException {
        Path file = store.resolve("scenario.json");
        Files.writeString(file, """
                {
                  "format": "herald-scenario/1",
                  "protocol": "lamport-to",
                  "spec": "total",
                  "seed": 4,
                  "nodes": ["n1", "n2", "n3"],
                  "window": 1000000,
                  "quiet": 1000000,
                  "latency": {"min": 1000, "mean_extra": 2000, "max": 20000},
                  "broadcasts": [{"at": 0, "node": "n1", "data": "v1"}],
                  "schedule": {"faults": [{"start": 500, "stop": 500, "fault": "crash", "nodes": ["n2"]}]}
                }
                """);
        CommandLine replay = CommandLine.run("replay", file.toString(), "--store", store.toString());
        assertThat(replay.out()).contains("  warning: lamport-to assumes no process crashes, but the scenario's "
                + "schedule crashes processes, so a violation here says nothing against lamport-to (run and hunt "
                + "refuse this without --force)\n");
    }

    @Test
    void replayOfABadFileNamesTheFileTheLineAndTheProblem() throws IOException {
        Path file = store.resolve("scenario.json");
        Files.writeString(file, """
                {
                  "format": "herald-scenario/1",
                  "protocol": "eager-rb",
                  "spec": "reliable",
                  "seed": 4,
                  "nodes": ["n1", "n2"],
                  "window": 1000000,
                  "quiet": 1000000,
                  "latency": {"min": 1000, "mean_extra": 2000, "max": 20000},
                  "broadcasts": [
                    {"at": 0, "node": "n1", "data": "v1"},
                    {"at": 10, "node": "n3", "data": "v2"}
                  ],
                  "schedule": {"faults": []}
                }
                """);
        CommandLine replay = CommandLine.run("replay", file.toString(), "--store", store.toString());
        assertThat(replay.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(replay.err())
                .isEqualTo(file + ":12: /broadcasts/1/node: node n3 is not in the group [n1, n2]\n");
        CommandLine missing = CommandLine.run("replay", store.resolve("nothing.json").toString());
        assertThat(missing.err()).isEqualTo(store.resolve("nothing.json") + ": no such file\n");
    }
}
