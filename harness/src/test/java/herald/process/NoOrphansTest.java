package herald.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every process a grade starts is gone when it ends, and when Herald is interrupted in the middle:
 * the program here leaves a {@code sleep} behind in the background, as a careless node would.
 */
class NoOrphansTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/programs").toAbsolutePath();

    /** Processes whose command line is exactly "sleep SECONDS". */
    private static List<ProcessHandle> sleeping(long seconds) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .endsWith("sleep " + seconds)).toList();
    }

    /**
     * Alive and not a zombie: a killed process whose parent (Herald) died waits, dead, for the
     * system to reap it, and {@link ProcessHandle#isAlive} still counts it.
     */
    private static boolean running(ProcessHandle p) {
        try {
            String stat = java.nio.file.Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
            return p.isAlive() && stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException gone) {
            return p.isAlive() && !java.nio.file.Files.isDirectory(Path.of("/proc"));
        }
    }

    private static List<String> grade(long seconds) {
        return List.of("grade", "--spec", "reliable", "--scenarios", "no-faults/1,crash/1", "--bin", "sh",
                PROGRAMS.resolve("orphans.sh").toString(), Long.toString(seconds));
    }

    @Test
    void everyProcessAGradeStartedIsGoneWhenItEnds() {
        Interpreters.requires("python3");
        long seconds = ThreadLocalRandom.current().nextLong(3_000, 9_000);
        java.io.StringWriter out = new java.io.StringWriter();
        int exit = herald.cli.Herald.execute(new java.io.PrintWriter(out), new java.io.PrintWriter(out),
                grade(seconds).toArray(String[]::new));
        assertThat(exit).as(out.toString()).isZero();
        assertThat(sleeping(seconds)).isEmpty();
        assertThat(Reaper.live()).isZero();
    }

    @Test
    void aDaemonANodeDetachedWithSetsidIsGoneWhenTheGradeEnds() {
        Interpreters.requires("python3");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(Path.of("/proc")),
                "the mark is found through /proc");
        long seconds = ThreadLocalRandom.current().nextLong(3_000, 9_000);
        java.io.StringWriter out = new java.io.StringWriter();
        int exit = herald.cli.Herald.execute(new java.io.PrintWriter(out), new java.io.PrintWriter(out), "grade",
                "--spec", "reliable", "--scenarios", "no-faults/1", "--bin", "sh", PROGRAMS.resolve("daemon.sh").toString(),
                Long.toString(seconds));
        assertThat(exit).as(out.toString()).isZero();
        assertThat(sleeping(seconds).stream().filter(NoOrphansTest::running)).isEmpty();
    }

    @Test
    void everyProcessAGradeStartedIsGoneWhenHeraldIsInterrupted() throws Exception {
        Interpreters.requires("python3");
        long seconds = ThreadLocalRandom.current().nextLong(3_000, 9_000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "herald.cli.Herald"));
        command.addAll(grade(seconds));
        Process herald = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("/dev/null")).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline && sleeping(seconds).size() < 5) {
                Thread.sleep(50);
            }
            List<ProcessHandle> started = herald.descendants().toList();
            assertThat(sleeping(seconds)).hasSize(5);
            assertThat(started).hasSizeGreaterThanOrEqualTo(5);
            herald.destroy();
            assertThat(herald.waitFor(20, TimeUnit.SECONDS)).isTrue();
            long gone = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < gone && (started.stream().anyMatch(NoOrphansTest::running)
                    || !sleeping(seconds).isEmpty())) {
                Thread.sleep(20);
            }
            assertThat(started).filteredOn(NoOrphansTest::running)
                    .extracting(p -> p.pid() + " " + p.info().commandLine().orElse("?")).isEmpty();
            assertThat(sleeping(seconds)).isEmpty();
        } finally {
            herald.destroyForcibly();
            sleeping(seconds).forEach(ProcessHandle::destroyForcibly);
        }
    }
}
