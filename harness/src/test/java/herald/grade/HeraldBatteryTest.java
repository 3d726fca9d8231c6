package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.broadcast.BestEffortBroadcast;
import herald.broadcast.EagerReliableBroadcast;
import herald.grade.junit.HeraldBattery;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JUnit base class a course repository extends, failing: {@link EagerReliableBroadcastGradeTest}
 * is the passing example, run by surefire as a course repository's build would run it.
 */
class HeraldBatteryTest {

    @TempDir
    static Path dir;

    /** A class that does not keep its spec, graded where the test says (private: run by the test below, not on its own). */
    private static class BestEffortIsNotReliable extends HeraldBattery {
        BestEffortIsNotReliable() {
            super(BestEffortBroadcast.class, "reliable");
        }

        @Override
        protected String scenarios() {
            return "loss/1";
        }

        @Override
        protected Path reportDir() {
            return dir.resolve("best-effort");
        }
    }

    @Test
    void aClassThatFailsAScenarioFailsThatTestWithTheShrunkSentenceItsHistoryAndItsReplay() throws Throwable {
        List<DynamicTest> tests = new BestEffortIsNotReliable().battery().toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("loss/1");
        Path report = dir.resolve("best-effort");
        String classes = Path.of(BestEffortBroadcast.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageMatching("(?s)loss/1 \\(loss=0\\.2\\): agreement violated: correct process n\\d delivered "
                        + "[^\n]+\n"
                        + "  found by herald-battery/2 as loss/1; shrunk from 5 nodes, 20 broadcasts, [^\n]+ to 2 nodes, "
                        + "1 broadcast, [^\n]+\n"
                        + "  history: " + Pattern.quote(report + "/loss-seed1/shrunk/history.jsonl") + "\n"
                        + "  replay:  " + Pattern.quote("./herald replay " + report + "/loss-seed1/shrunk/scenario.json "
                                + "--classpath " + classes) + "\n"
                        + "reliable: INVALID.*")
                .hasMessageContaining("history as found: " + report.resolve("loss-seed1/history.jsonl"))
                .hasMessageContaining("grade again: ./herald grade --spec reliable --class "
                        + "herald.broadcast.BestEffortBroadcast --classpath target/classes --scenarios loss/1");
        assertThat(report.resolve("report.html")).exists();
        assertThat(report.resolve("score.json")).exists();
        assertThat(report.resolve("loss-seed1/shrunk/scenario.json")).exists();
    }
}
