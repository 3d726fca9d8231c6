package herald.check.broadcast;

import static herald.check.HistoryDsl.history;
import static herald.check.HistoryDsl.crashRecoveryHistory;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.history.History;
import org.junit.jupiter.api.Test;

class UniformAgreementTest {

    private static final History EVERYONE_DELIVERS = history("n1", "n2", "n3")
            .broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").deliver("n3", "a").end();

    @Test
    void holdsWhenEveryCorrectProcessDelivers() {
        assertThat(new UniformAgreement().check(EVERYONE_DELIVERS).valid()).isTrue();
    }

    @Test
    void aDeliveryByAProcessThatThenCrashedObligesTheCorrectOnes() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n1", "a").crash("n1").end();
        Outcome outcome = new UniformAgreement().check(h);
        assertThat(outcome.count()).isEqualTo(2);
        assertThat(outcome.first().sentence()).isEqualTo("uniform agreement violated: n1 delivered a (#1), "
                + "then crashed (#2), but correct process n2 never delivered it");
        assertThat(outcome.first().events()).containsExactly(1, 2);
    }

    @Test
    void theCrashCitedIsTheOneAfterTheDeliveryNotAnEarlierOneItRecoveredFrom() {
        History h = crashRecoveryHistory("n1", "n2", "n3").crash("n2").recover("n2").broadcast("n1", "m").deliver("n2", "m")
                .crash("n2").deliver("n1", "m").end();
        Outcome outcome = new UniformAgreement().check(h);
        assertThat(outcome.first().sentence()).isEqualTo("uniform agreement violated: n2 delivered m (#3), "
                + "then crashed (#4), but correct process n3 never delivered it");
        assertThat(outcome.first().events()).containsExactly(3, 4);
    }

    @Test
    void aDeliveryAfterTheCrashInCrashStopIsToldSo() {
        History h = history("n1", "n2", "n3").broadcast("n1", "m").crash("n1").deliver("n1", "m").end();
        assertThat(new UniformAgreement().check(h).first().sentence()).isEqualTo("uniform agreement violated: n1 "
                + "delivered m (#2), after it crashed (#1), but correct process n2 never delivered it");
    }

    @Test
    void crashedProcessesOweNothing() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a")
                .crash("n3").end();
        assertThat(new UniformAgreement().check(h).valid()).isTrue();
    }
}
