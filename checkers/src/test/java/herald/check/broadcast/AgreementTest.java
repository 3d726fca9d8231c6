package herald.check.broadcast;

import static herald.check.HistoryDsl.crashRecoveryHistory;
import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.history.History;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static final History EVERYONE_DELIVERS = history("n1", "n2", "n3")
            .broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").deliver("n3", "a").end();

    @Test
    void holdsWhenEveryCorrectProcessDelivers() {
        assertThat(new Agreement().check(EVERYONE_DELIVERS).valid()).isTrue();
    }

    @Test
    void oneCorrectDeliveryObligesEveryCorrectProcess() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").crash("n1").deliver("n2", "a").end();
        Outcome outcome = new Agreement().check(h);
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo(
                "agreement violated: correct process n2 delivered a (#2), but correct process n3 never delivered it");
        assertThat(outcome.first().nodes()).containsExactly("n2", "n3");
    }

    @Test
    void aCrashedProcessExcusesAgreement() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a")
                .crash("n3").end();
        assertThat(new Agreement().check(h).valid()).isTrue();
    }

    @Test
    void aDeliveryByAProcessThatLaterCrashesObligesNobody() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n1", "a").crash("n1").end();
        assertThat(new Agreement().check(h).valid()).isTrue();
    }

    @Test
    void inCrashRecoveryAProcessUpAtTheEndIsCorrect() {
        History h = crashRecoveryHistory("n1", "n2").broadcast("n1", "a").deliver("n1", "a").crash("n2")
                .recover("n2").end();
        assertThat(new Agreement().check(h).count()).isEqualTo(1);
    }
}
