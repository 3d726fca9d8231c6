package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import herald.grade.students.ExitsOnFewerNodes;
import herald.grade.students.LoopsOnFewerNodes;
import herald.grade.students.NeverRelays;
import herald.grade.students.RearmsOnFewerNodes;
import herald.history.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Java class's failing scenario shrunk by the hunt's shrinker, in the grading JVM, on the same
 * budgets: kept beside the run as found, shown on the scorecard and in the report, and replayed
 * byte for byte by {@code herald replay} from the class path it was graded on.
 */
class GradeShrinkTest {

    private static final Pattern REPLAY = Pattern.compile(
            "replay: \\./herald replay (\\S+/everything-seed1/shrunk/scenario\\.json) --classpath (\\S+)\n");

    @TempDir
    Path dir;

    private CommandLine grade(Class<?> type, String... more) throws Exception {
        String[] args = {"grade", "--spec", "reliable", "--class", type.getName(), "--classpath", classes().toString(),
            "--scenarios", "everything/1", "--report", dir.resolve("report").toString()};
        String[] all = Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CommandLine.run(all);
    }

    private static Path classes() throws Exception {
        return Path.of(NeverRelays.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private JsonNode result() throws Exception {
        return Json.MAPPER.readTree(dir.resolve("report/score.json").toFile()).get("results").get(0);
    }

    @Test
    void aFailingClassIsShrunkToASmallerScenarioThatItsReplayCommandRunsAgainByteForByte() throws Exception {
        CommandLine c = grade(NeverRelays.class);
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(1);
        assertThat(c.out()).containsPattern("everything/1 +FAIL .* agreement violated: correct process ")
                .containsPattern("\n {31}shrunk in \\d+ steps \\(\\d+ runs, [0-9.]+ s\\): 5 nodes, 20 broadcasts, "
                        + "\\d+ faults, \\d+ events, [0-9.]+ s → [1-4] nodes?, ");
        Matcher replay = REPLAY.matcher(c.out());
        assertThat(replay.find()).as(c.out()).isTrue();
        Path scenario = Path.of(replay.group(1));
        assertThat(scenario).isEqualTo(dir.resolve("report/everything-seed1/shrunk/scenario.json"));
        assertThat(replay.group(2)).isEqualTo(classes().toString());
        assertThat(Files.readString(scenario)).contains("\"class\": \"herald.grade.students.NeverRelays\"",
                "\"nemesis\": \"everything (partition=any,loss=0.1,dup=0.1,reorder=20ms,delay,crash=1,pause)\"");

        JsonNode result = result();
        assertThat(result.get("property").asText()).isEqualTo("agreement");
        assertThat(result.get("history").asText()).isEqualTo("everything-seed1/shrunk/history.jsonl");
        JsonNode shrunk = result.get("shrunk");
        assertThat(shrunk.get("found").asText()).isEqualTo("everything-seed1/history.jsonl");
        assertThat(shrunk.at("/after/nodes").asInt()).isLessThan(shrunk.at("/before/nodes").asInt());
        assertThat(shrunk.at("/after/broadcasts").asInt()).isLessThan(shrunk.at("/before/broadcasts").asInt());
        assertThat(shrunk.at("/after/events").asInt()).isLessThan(shrunk.at("/before/events").asInt());
        assertThat(Files.readString(dir.resolve("report/report.html")))
                .contains(shrunk.get("shrinking").asText(), "replay: <code>./herald replay " + scenario,
                        "<iframe title=\"everything/1\"");

        Path store = dir.resolve("store");
        CommandLine again = CommandLine.run("replay", scenario.toString(), "--classpath", replay.group(2),
                "--store", store.toString());
        assertThat(again.exit()).as(again.out() + again.err()).isEqualTo(1);
        assertThat(again.out()).contains("  history: the same as " + scenario.resolveSibling("history.jsonl")
                + ", byte for byte", "agreement       VIOLATED");
    }

    @Test
    void aClassThatLoopsForeverInASmallerScenarioStopsTheShrinkingAndItsFailureStandsAsFound() throws Exception {
        CommandLine c = grade(LoopsOnFewerNodes.class, "--handler-timeout", "300");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(1);
        assertThat(c.out()).containsPattern("everything/1 +FAIL .* agreement violated: ")
                .containsPattern("\n {31}kept as found: shrinking was stopped because ").doesNotContain("shrunk in");
        JsonNode result = result();
        assertThat(result.get("history").asText()).isEqualTo("everything-seed1/history.jsonl");
        assertThat(result.get("shrunk").isNull()).isTrue();
        assertThat(result.get("diagnostics").get(0).asText()).matches("kept as found: shrinking was stopped because "
                + "n\\d's onBroadcast did not return within 300 ms in a smaller scenario");
    }

    @Test
    void aClassThatExitsTheJvmInASmallerScenarioStopsTheShrinkingAndItsFailureStandsAsFound() throws Exception {
        CommandLine c = grade(ExitsOnFewerNodes.class);
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(1);
        JsonNode result = result();
        assertThat(result.get("property").asText()).isEqualTo("agreement");
        assertThat(result.get("diagnostics").get(0).asText()).isEqualTo("kept as found: the JVM running the class "
                + "ended (exit code 3) while shrinking: did the class call System.exit in a smaller scenario?");
    }

    @Test
    void aClassThatLivelocksInASmallerGroupIsStoppedByTheStepBudgetAndShrunkWhereItFailsTheSameWay()
            throws Exception {
        CommandLine c = grade(RearmsOnFewerNodes.class, "--step-budget", "50000");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(1);
        JsonNode shrunk = result().get("shrunk");
        assertThat(shrunk.at("/after/nodes").asInt()).isEqualTo(5);
        assertThat(shrunk.at("/after/broadcasts").asInt()).isLessThan(shrunk.at("/before/broadcasts").asInt());
    }
}
