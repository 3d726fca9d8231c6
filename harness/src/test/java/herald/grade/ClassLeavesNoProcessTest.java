package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;

import herald.cli.Herald;
import herald.grade.students.SpawnsASleep;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A class that starts processes leaves none behind: not in the JVM that grades it, not in the machine. */
class ClassLeavesNoProcessTest {

    @Test
    void aClassThatStartsASleepInItsStaticInitializerLeavesNoSleepBehind() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Herald.execute(new PrintWriter(out), new PrintWriter(err), "grade", "--spec", "reliable",
                "--class", SpawnsASleep.class.getName(), "--scenarios", "no-faults/1,loss/1");

        assertThat(exit).as(out + "" + err).isZero();
        assertThat(out.toString()).contains("score: 2 of 2 scenarios passed");
        assertThat(ProcessHandle.current().descendants().filter(ClassLeavesNoProcessTest::isTheSleep).toList())
                .as("the class's code never runs in the JVM that reports the grade").isEmpty();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        List<ProcessHandle> left;
        do {
            left = ProcessHandle.allProcesses().filter(ClassLeavesNoProcessTest::isTheSleep).toList();
        } while (!left.isEmpty() && System.nanoTime() < deadline && sleep());
        left.forEach(ProcessHandle::destroyForcibly);
        assertThat(left).as("sleep " + SpawnsASleep.SECONDS + " outlived the grade").isEmpty();
    }

    private static boolean isTheSleep(ProcessHandle p) {
        return p.info().arguments().map(a -> List.of(a).contains(SpawnsASleep.SECONDS)).orElse(false);
    }

    private static boolean sleep() {
        try {
            Thread.sleep(50);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
