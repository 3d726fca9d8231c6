package herald.check.broadcast;

import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.history.History;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final History EVERYONE_DELIVERS = history("n1", "n2", "n3")
            .broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").deliver("n3", "a").end();

    @Test
    void holdsWhenEveryCorrectProcessDelivers() {
        assertThat(Validity.bestEffort().check(EVERYONE_DELIVERS).valid()).isTrue();
        assertThat(Validity.reliable().check(EVERYONE_DELIVERS).valid()).isTrue();
    }

    @Test
    void bestEffortValidityWantsEveryCorrectProcessToDeliver() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").end();
        Outcome outcome = Validity.bestEffort().check(h);
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo(
                "validity violated: correct process n1 broadcast a (#0), but correct process n3 never delivered it");
        assertThat(outcome.first().events()).containsExactly(0);
        assertThat(Validity.reliable().check(h).valid()).isTrue();
    }

    @Test
    void reliableValidityWantsTheSenderToDeliverItsOwnMessage() {
        History h = history("n1", "n2").broadcast("n1", "a").deliver("n2", "a").end();
        Outcome outcome = Validity.reliable().check(h);
        assertThat(outcome.first().sentence()).isEqualTo(
                "validity violated: correct process n1 broadcast a (#0) and never delivered it itself");
    }

    @Test
    void aCrashedSenderOrACrashedReceiverExcusesValidity() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").crash("n1")
                .broadcast("n2", "b").deliver("n2", "b").crash("n3").end();
        assertThat(Validity.bestEffort().check(h).valid()).isTrue();
        assertThat(Validity.reliable().check(h).valid()).isTrue();
    }
}
