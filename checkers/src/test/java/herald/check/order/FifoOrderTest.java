package herald.check.order;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.check.Timeline;
import org.junit.jupiter.api.Test;

class FifoOrderTest {

    private final FifoOrder fifo = new FifoOrder();

    @Test
    void deliveringEachSendersMessagesInTheOrderSentKeepsFifoOrder() {
        Outcome outcome = fifo.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("p", "b")
                .deliver("q", "a", "b").deliver("p", "a", "b")
                .end().history());
        assertThat(outcome.valid()).isTrue();
    }

    @Test
    void messagesOfDifferentSendersMayBeDeliveredInAnyOrder() {
        Outcome outcome = fifo.check(Timeline.of("p", "q", "r")
                .broadcast("p", "a").broadcast("r", "c")
                .deliver("q", "c", "a")
                .end().history());
        assertThat(outcome.valid()).isTrue();
    }

    @Test
    void deliveringTheSecondMessageBeforeTheFirstViolatesFifoOrder() {
        Outcome outcome = fifo.check(Timeline.of("p", "q")
                .broadcast("p", "a")       // #0
                .broadcast("p", "b")       // #1
                .deliver("q", "b", "a")    // #2, #3
                .end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo("fifo order violated at q: p broadcast a (#0) before b (#1);"
                + " q delivered b (#2) and had not delivered a (delivered at #3)");
        assertThat(outcome.first().events()).containsExactly(0, 1, 2, 3);
        assertThat(outcome.first().nodes()).containsExactly("q", "p");
    }

    @Test
    void deliveringTheSecondMessageAndNeverTheFirstViolatesFifoOrder() {
        Outcome outcome = fifo.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("p", "b").broadcast("p", "c")
                .deliver("q", "b", "c")    // #3, #4
                .end().history());
        assertThat(outcome.count()).isEqualTo(2);
        assertThat(outcome.examples()).extracting(v -> v.sentence()).containsExactly(
                "fifo order violated at q: p broadcast a (#0) before b (#1); q delivered b (#3) and had not delivered"
                        + " a (never delivered it)",
                "fifo order violated at q: p broadcast a (#0) before c (#2); q delivered c (#4) and had not delivered"
                        + " a (never delivered it)");
    }

    @Test
    void aDuplicateDeliveryIsJudgedByTheFirstDeliveryOnly() {
        Outcome inOrder = fifo.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("p", "b")
                .deliver("q", "a", "b", "a")
                .end().history());
        assertThat(inOrder.valid()).isTrue();
        Outcome outOfOrder = fifo.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("p", "b")
                .deliver("q", "b", "a", "b")
                .end().history());
        assertThat(outOfOrder.count()).isEqualTo(1);
    }

    @Test
    void aProcessThatCrashesAfterwardsIsStillBoundByFifoOrder() {
        Outcome outcome = fifo.check(Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("p", "b")
                .deliver("q", "b").crash("q")
                .end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).endsWith("q delivered b (#2) and had not delivered a (never delivered it)");
    }

    @Test
    void theSenderItselfMustDeliverItsOwnMessagesInOrder() {
        Outcome outcome = fifo.check(Timeline.of("p")
                .broadcast("p", "a").broadcast("p", "b")
                .deliver("p", "b", "a")
                .end().history());
        assertThat(outcome.first().sentence()).isEqualTo("fifo order violated at p: p broadcast a (#0) before b (#1);"
                + " p delivered b (#2) and had not delivered a (delivered at #3)");
    }
}
