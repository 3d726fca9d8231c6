package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.broadcast.BestEffortBroadcast;
import herald.broadcast.EagerReliableBroadcast;
import herald.grade.junit.HeraldBattery;
import java.nio.file.Path;
import java.util.List;
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

    /** A class that does not keep its spec, graded where the test says. */
    static class BestEffortIsNotReliable extends HeraldBattery {
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
    void aClassThatFailsAScenarioFailsThatTestWithTheSentenceTheVerdictAndTheReplay() throws Throwable {
        List<DynamicTest> tests = new BestEffortIsNotReliable().battery().toList();
        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("loss/1");
        assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("loss/1 (loss=0.2): ")
                .hasMessageContaining("reliable: INVALID")
                .hasMessageContaining("history: " + dir.resolve("best-effort"))
                .hasMessageContaining("replay: ./herald grade --spec reliable --class "
                        + "herald.broadcast.BestEffortBroadcast --classpath target/classes --scenarios loss/1");
        assertThat(dir.resolve("best-effort/report.html")).exists();
        assertThat(dir.resolve("best-effort/score.json")).exists();
    }
}
