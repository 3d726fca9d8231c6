package herald.check.broadcast;

import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

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
}
