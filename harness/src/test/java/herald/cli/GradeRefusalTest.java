package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code herald grade} and {@code herald bench} refuse a flag that makes no sense, naming it, before grading anything. */
class GradeRefusalTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--deliveries      | bogus       | herald grade: --deliveries is reads or reports, got bogus",
        "--rate            | -1          | herald grade: --rate must be a positive number of operations a second, got -1.0",
        "--rate            | 0           | herald grade: --rate must be a positive number of operations a second, got 0.0",
        "--latency         | -5          | herald grade: --latency must be 0 or more milliseconds, got -5.0",
        "--parallel        | 0           | herald grade: --parallel must be at least 1, got 0",
        "--handler-timeout | 0           | herald grade: --handler-timeout must be at least 1, got 0",
        "--step-budget     | 0           | herald grade: --step-budget must be at least 1, got 0",
        "--shrink-runs     | -1          | herald grade: --shrink-runs must be at least 0, got -1",
        "--nodes           | 1           | herald grade: --nodes must be at least 2, got 1",
        "--broadcasts      | 0           | herald grade: --broadcasts must be at least 1, got 0",
        "--report          | /etc/passwd | herald grade: --report /etc/passwd is a file, not a folder",
        "--report          | /etc/passwd/report | herald grade: --report: cannot make the folder /etc/passwd/report: ",
        "--quiet           | 0           | herald grade: --quiet must be at least 100ms (100 ms, and 4 mean latencies: "
                + "two round trips), got 0: liveness is judged at the run's end",
        "--quiet           | 99ms        | herald grade: --quiet must be at least 100ms",
        "--report          | ''          | herald grade: --report is empty: give the folder to write the report in",
    })
    void gradeRefusesABadFlagWithExitTwoAndOneLineNamingIt(String flag, String value, String message) {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--scenarios",
                "no-faults/1", flag, value);
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.out()).as("nothing is graded").isEmpty();
        assertThat(c.err()).startsWith(message).doesNotContain("\tat ", "Exception").hasLineCount(1);
    }

    @Test
    void anEmptyItemInTheScenariosIsRefused() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--scenarios",
                "no-faults/1,,");
        assertThat(c.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.err()).isEqualTo("herald grade: empty item in --scenarios \"no-faults/1,,\"\n");
    }

    @Test
    void aGroupTooSmallForSomeKindsIsRefusedBeforeGradingNamingThemAndWhatTheyNeed() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--nodes", "2");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.out()).as("nothing is graded").isEmpty();
        assertThat(c.err()).isEqualTo("herald grade: --nodes 2 is too few for some kinds of scenario in the battery: "
                + "partition-bridge, partition-ring, crash, crash-cut-off and everything need at least 3 nodes; give "
                + "--nodes 3 or more, or leave them out with --scenarios\n");
    }

    @Test
    void aProgramIsRefusedAGroupTooSmallBeforeItsFirstScenario() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--scenarios", "no-faults/1,crash/1", "--nodes",
                "2", "--bin", "true");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.out()).as("nothing is graded").isEmpty();
        assertThat(c.err()).isEqualTo("herald grade: --nodes 2 is too few for a kind of scenario in the battery: "
                + "crash needs at least 3 nodes; give --nodes 3 or more, or leave it out with --scenarios\n");
    }

    @Test
    void kindsThatRunOnTwoNodesAreGradedOnTwoNodes() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--nodes", "2",
                "--scenarios", "no-faults/1,partition-halves/1");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.VALID);
        assertThat(c.out()).contains("runs: 2 nodes,", "score: 2 of 2 scenarios passed");
    }

    @Test
    void withoutQuietTheDefaultSecondGrowsToFourMeanLatencies() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--latency", "400",
                "--latency-dist", "constant", "--scenarios", "no-faults/1");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.VALID);
        assertThat(c.out()).contains("quiet 1600 ms");
    }

    @Test
    void aLatencyNeedingMoreThanTheLongestQuietPeriodIsRefused() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--latency",
                "1000000", "--scenarios", "no-faults/1");
        assertThat(c.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.err()).startsWith("herald grade: --latency 1000000.0 needs a quiet period of").hasLineCount(1);
    }

    @Test
    void theLeastQuietPeriodGrowsWithTheLatency() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--protocol", "eager-rb", "--latency", "100",
                "--quiet", "300ms");
        assertThat(c.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.err()).startsWith("herald grade: --quiet must be at least 400ms").hasLineCount(1);
    }

    @Test
    void aQuietPeriodShorterThanTheProtocolSaysItNeedsToSettleIsRefused() {
        CommandLine c = CommandLine.run("grade", "--spec", "gossip", "--protocol", "gossip-push-pull", "--quiet",
                "100ms");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.out()).as("nothing is graded").isEmpty();
        assertThat(c.err()).isEqualTo("herald grade: --quiet must be at least 1350ms for gossip-push-pull on 5 nodes, "
                + "got 100ms: that is how long its nodes say they need to settle after the heal "
                + "(herald.node.Settling), with 2 of them crashed, and liveness is judged at the run's end\n");
        CommandLine fewer = CommandLine.run("grade", "--spec", "gossip", "--protocol", "gossip-push-pull",
                "--scenarios", "no-faults", "--quiet", "300ms");
        assertThat(fewer.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(fewer.err()).isEqualTo("herald grade: --quiet must be at least 1s for gossip-push-pull on 5 nodes, "
                + "got 300ms: that is how long its nodes say they need to settle after the heal "
                + "(herald.node.Settling), and liveness is judged at the run's end\n");
    }

    @Test
    void aClassIsRefusedAQuietPeriodShorterThanItSaysItNeedsToSettle() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--class",
                "herald.grade.students.SettlesSlowly", "--scenarios", "no-faults/1,crash", "--quiet", "1s");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.out()).as("nothing is graded").isEmpty();
        assertThat(c.err()).isEqualTo("herald grade: --quiet must be at least 1300ms for "
                + "herald.grade.students.SettlesSlowly on 5 nodes, got 1s: that is how long its nodes say they need "
                + "to settle after the heal (herald.node.Settling), with 1 of them crashed, and liveness is judged at "
                + "the run's end\n");
    }

    @Test
    void aClassThatSaysItNeedsLongerToSettleThanAQuietPeriodMayLastIsRefused() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--class",
                "herald.grade.students.SettlesInHours", "--scenarios", "no-faults/1");
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.err()).isEqualTo("herald grade: herald.grade.students.SettlesInHours says its nodes need 2h to "
                + "settle after the heal, more than the 1h a quiet period may last\n");
    }

    @Test
    void aProgramKeepsTheRuleOfTheLatencyAlone() {
        CommandLine c = CommandLine.run("grade", "--spec", "gossip", "--scenarios", "no-faults/1", "--quiet", "100ms",
                "--bin", "false");
        assertThat(c.out()).contains("quiet 100 ms");
        assertThat(c.err()).doesNotContain("--quiet");
    }

    @Test
    void aClassIsRefusedABadLimitBeforeItsJvmStarts() {
        CommandLine c = CommandLine.run("grade", "--spec", "reliable", "--class",
                "herald.broadcast.EagerReliableBroadcast", "--handler-timeout", "-3");
        assertThat(c.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.out()).isEmpty();
        assertThat(c.err()).isEqualTo("herald grade: --handler-timeout must be at least 1, got -3\n");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "--grade-parallel | 0",
        "--hunt-starts    | 0",
    })
    void benchRefusesANonPositiveCountNamingIt(String flag, String value) {
        CommandLine c = CommandLine.run("bench", "--only", "grade", flag, value);
        assertThat(c.exit()).as(c.out() + c.err()).isEqualTo(Exit.BAD_INPUT);
        assertThat(c.err()).isEqualTo("herald bench: " + flag + " must be at least 1, got " + value + "\n");
    }
}
