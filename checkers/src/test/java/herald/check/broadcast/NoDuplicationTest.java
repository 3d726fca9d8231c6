package herald.check.broadcast;

import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Findings;
import herald.check.HistoryDsl;
import herald.check.Outcome;
import herald.history.History;
import org.junit.jupiter.api.Test;

class NoDuplicationTest {

    private static final History EVERYONE_DELIVERS = history("n1", "n2", "n3")
            .broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").deliver("n3", "a").end();

    @Test
    void holdsWhenEachProcessDeliversOnce() {
        assertThat(new NoDuplication().check(EVERYONE_DELIVERS).valid()).isTrue();
    }

    @Test
    void countsEveryExtraDeliveryAndCitesBoth() {
        History h = history("n1", "n2").broadcast("n1", "a").deliver("n2", "a").deliver("n1", "a")
                .deliver("n2", "a").deliver("n2", "a").end();
        Outcome outcome = new NoDuplication().check(h);
        assertThat(outcome.count()).isEqualTo(2);
        assertThat(outcome.first().sentence())
                .isEqualTo("no duplication violated at n2: it delivered a at #1 and again at #3");
        assertThat(outcome.first().events()).containsExactly(1, 3);
    }

    @Test
    void theExamplesAreTheEarliestViolationsInTheOrderOfTheHistoryNotOfTheMessages() {
        HistoryDsl h = history("n1", "n2");
        for (int k = 0; k < 15; k++) {
            h.broadcast("n1", "m" + k);
        }
        for (int k = 14; k >= 0; k--) {                  // m14 is duplicated first, at #16
            h.deliver("n2", "m" + k).deliver("n2", "m" + k);
        }
        Outcome outcome = new NoDuplication().check(h.end());
        assertThat(outcome.count()).isEqualTo(15);
        assertThat(outcome.examples()).hasSize(Findings.KEPT);
        assertThat(outcome.first().sentence()).isEqualTo("no duplication violated at n2: it delivered m14 at #15 and "
                + "again at #16");
        assertThat(outcome.examples()).extracting(v -> v.events().get(1))
                .containsExactly(16, 18, 20, 22, 24, 26, 28, 30, 32, 34);
    }
}
