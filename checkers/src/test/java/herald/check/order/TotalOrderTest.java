package herald.check.order;

import static herald.check.HistoryDsl.crashRecoveryHistory;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.check.Timeline;
import herald.history.History;
import org.junit.jupiter.api.Test;

class TotalOrderTest {

    private final TotalOrder total = new TotalOrder();
    private final UniformTotalOrder uniform = new UniformTotalOrder();

    @Test
    void processesDeliveringInTheSameOrderKeepTotalOrder() {
        Outcome outcome = total.check(Timeline.of("p", "q", "r")
                .broadcast("p", "a").broadcast("q", "b")
                .deliver("p", "b", "a").deliver("q", "b", "a").deliver("r", "b", "a")
                .end().history());
        assertThat(outcome.valid()).isTrue();
    }

    @Test
    void concurrentMessagesDeliveredInDifferentOrdersViolateTotalOrder() {
        Outcome outcome = total.check(Timeline.of("p", "q", "r", "s")
                .broadcast("p", "a")        // #0
                .broadcast("q", "b")        // #1
                .deliver("r", "a", "b")     // #2, #3
                .deliver("s", "b", "a")     // #4, #5
                .end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo(
                "total order violated: r delivered a (#2) before b (#3), but s delivered b (#4) before a (#5)");
        assertThat(outcome.first().nodes()).containsExactly("r", "s");
        assertThat(outcome.first().messages()).containsExactly("a", "b");
        assertThat(outcome.first().events()).containsExactly(2, 3, 4, 5);
    }

    @Test
    void everyPairOfProcessesThatDisagreesIsCounted() {
        Outcome outcome = total.check(Timeline.of("p", "q", "r")
                .broadcast("p", "a").broadcast("q", "b")
                .deliver("p", "a", "b").deliver("q", "a", "b").deliver("r", "b", "a")
                .end().history());
        assertThat(outcome.count()).isEqualTo(2);
        assertThat(outcome.examples()).extracting(v -> v.nodes()).containsExactly(
                java.util.List.of("p", "r"), java.util.List.of("q", "r"));
    }

    @Test
    void ordersThatAgreePairwiseButFormACycleViolateTotalOrder() {
        Outcome outcome = total.check(Timeline.of("p", "q", "r")
                .broadcast("p", "a").broadcast("q", "b").broadcast("r", "c")   // #0 … #2
                .deliver("p", "a", "b")                                       // #3, #4
                .deliver("q", "b", "c")                                       // #5, #6
                .deliver("r", "c", "a")                                       // #7, #8
                .end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo("total order violated: no single order fits every process's"
                + " deliveries, though every two processes agree: p delivered a (#3) before b (#4), q delivered b (#5)"
                + " before c (#6) and r delivered c (#7) before a (#8)");
        assertThat(outcome.first().events()).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(outcome.first().nodes()).containsExactly("p", "q", "r");
    }

    @Test
    void aCycleAlongLongerDeliverySequencesIsToldByItsDisagreeingSteps() {
        Outcome outcome = total.check(Timeline.of("p", "q", "r")
                .broadcast("p", "a").broadcast("q", "b").broadcast("r", "c").broadcast("p", "x")  // #0 … #3
                .deliver("p", "a", "x", "b")                                                     // #4 … #6
                .deliver("q", "b", "c")                                                          // #7, #8
                .deliver("r", "c", "a")                                                          // #9, #10
                .end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).endsWith("agree: p delivered a (#4) before b (#6), q delivered b (#7)"
                + " before c (#8) and r delivered c (#9) before a (#10)");
    }

    @Test
    void aProcessThatNeverDeliversAMessageDoesNotBreakTotalOrder() {
        Outcome outcome = total.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("q", "b")
                .deliver("p", "a", "b").deliver("q", "b")
                .end().history());
        assertThat(outcome.valid()).isTrue();
    }

    @Test
    void aDuplicateDeliveryIsJudgedByTheFirstDeliveryOnly() {
        assertThat(total.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("q", "b")
                .deliver("p", "a", "b", "a").deliver("q", "a", "b", "b")
                .end().history()).valid()).isTrue();
        assertThat(total.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("q", "b")
                .deliver("p", "a", "b").deliver("q", "b", "a", "b")
                .end().history()).count()).isEqualTo(1);
    }

    /** p delivers a then b and crashes; the survivors q and r deliver b then a. */
    private static Timeline crashedProcessDisagrees() {
        return Timeline.of("p", "q", "r")
                .broadcast("p", "a")       // #0
                .broadcast("q", "b")       // #1
                .deliver("p", "a", "b")    // #2, #3
                .crash("p")                // #4
                .deliver("q", "b", "a")    // #5, #6
                .deliver("r", "b", "a")    // #7, #8
                .end();
    }

    @Test
    void aCrashedProcessMayDisagreeUnderRegularTotalOrder() {
        assertThat(total.check(crashedProcessDisagrees().history()).valid()).isTrue();
    }

    @Test
    void aCrashedProcessThatDisagreesViolatesUniformTotalOrder() {
        Outcome outcome = uniform.check(crashedProcessDisagrees().history());
        assertThat(outcome.property()).isEqualTo("uniform-total-order");
        assertThat(outcome.count()).isEqualTo(2);
        assertThat(outcome.examples()).extracting(v -> v.sentence()).containsExactly(
                "uniform total order violated: p (crashed at #4) delivered a (#2) before b (#3), but q delivered b (#5)"
                        + " before a (#6)",
                "uniform total order violated: p (crashed at #4) delivered a (#2) before b (#3), but r delivered b (#7)"
                        + " before a (#8)");
    }

    @Test
    void aProcessThatRecoveredAndCrashedAgainIsToldByTheCrashItNeverRecoveredFrom() {
        History h = crashRecoveryHistory("p", "q").crash("p").recover("p")   // #0, #1
                .broadcast("q", "a").broadcast("q", "b")                        // #2, #3
                .deliver("p", "b").deliver("p", "a")                            // #4, #5
                .crash("p")                                                     // #6
                .deliver("q", "a").deliver("q", "b")                            // #7, #8
                .end();
        assertThat(uniform.check(h).first().sentence()).isEqualTo("uniform total order violated: p (crashed at #6) "
                + "delivered b (#4) before a (#5), but q delivered a (#7) before b (#8)");
    }

    @Test
    void aCrashedProcessThatAgreesKeepsUniformTotalOrder() {
        Outcome outcome = uniform.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("q", "b")
                .deliver("p", "b").crash("p")
                .deliver("q", "b", "a")
                .end().history());
        assertThat(outcome.valid()).isTrue();
    }
}
