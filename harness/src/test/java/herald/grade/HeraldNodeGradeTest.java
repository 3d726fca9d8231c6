package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;

import herald.history.Event;
import herald.history.History;
import herald.history.HistoryReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dogfooding: Herald's own protocols run as Maelstrom programs ({@code herald node}) and graded as
 * any program is ({@code herald grade --bin}). Each node is a JVM, so a few scenarios, one at a time.
 */
class HeraldNodeGradeTest {

    @TempDir
    Path dir;

    /** The command line of {@code herald node --protocol P} from this build, as --bin takes it. */
    static List<String> heraldNode(String protocol) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "herald.cli.Herald", "node", "--protocol", protocol);
    }

    private ProgramGradeTest.Graded grade(String spec, String scenarios, String protocol, String... more) {
        List<String> args = new ArrayList<>(List.of("grade", "--spec", spec, "--scenarios", scenarios, "--parallel",
                "1", "--quiet", "2"));
        args.addAll(List.of(more));
        args.add("--bin");
        args.addAll(heraldNode(protocol));
        return ProgramGradeTest.herald(args.toArray(String[]::new));
    }

    @Test
    void eagerReliableBroadcastAsAHeraldNodePassesReliableWhenGradedAsAProgram() {
        ProgramGradeTest.Graded g = grade("reliable", "no-faults/1,partition-halves/1,crash/1", "eager-rb");
        assertThat(g.exit()).as(g.out() + g.err()).isZero();
        assertThat(g.out()).contains("score: 3 of 3 scenarios passed");
    }

    @Test
    void causalBroadcastAsAHeraldNodeReportsItsDeliveriesSoCausalOrderIsJudged() {
        Path report = dir.resolve("report");
        ProgramGradeTest.Graded g = grade("causal", "partition-halves/1", "causal-vc", "--report", report.toString());
        assertThat(g.exit()).as(g.out() + g.err()).isZero();
        History history = HistoryReader.read(report.resolve("partition-halves-seed1/history.jsonl"));
        assertThat(history.header().text("deliveries")).isEqualTo("reports");
        assertThat(history.events()).filteredOn(e -> e instanceof Event.Deliver).hasSize(20 * 5);
    }

    @Test
    void bestEffortBroadcastAsAHeraldNodeIsCaughtUnderAPartition() {
        ProgramGradeTest.Graded g = grade("reliable", "partition-halves/1", "best-effort");
        assertThat(g.exit()).as(g.out() + g.err()).isEqualTo(1);
        assertThat(g.out()).containsPattern("partition-halves/1 +FAIL .*(agreement|validity) violated");
    }
}
