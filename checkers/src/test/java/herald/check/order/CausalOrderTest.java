package herald.check.order;

import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.check.Timeline;
import herald.history.History;
import org.junit.jupiter.api.Test;

class CausalOrderTest {

    private final CausalOrder causal = new CausalOrder();

    /** a → b → c: q delivered a before broadcasting b; r delivered a and b before broadcasting c. */
    private static Timeline chain() {
        return Timeline.of("p", "q", "r", "s")
                .broadcast("p", "a")        // #0
                .deliver("q", "a")          // #1
                .broadcast("q", "b")        // #2
                .deliver("r", "a", "b")     // #3, #4
                .broadcast("r", "c");       // #5
    }

    @Test
    void aDeliveryBeforeItsBroadcastIsStillHeldToTheMessagesPast() {
        History h = history("n1", "n2").broadcast("n1", "a")   // #0
                .deliver("n2", "b", "n1", "d-b")                  // #1, before b's broadcast
                .broadcast("n1", "b")                             // #2
                .deliver("n1", "a").deliver("n1", "b").deliver("n2", "a").end();
        Outcome outcome = causal.check(h);
        assertThat(outcome.count()).as("FIFO order is broken, so causal order is").isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo("causal order violated at n2: a → b because n1 broadcast a"
                + " (#0) before it broadcast b (#2); n2 delivered b (#1) and had not delivered a (delivered at #5)");
    }

    @Test
    void aMessageDeliveredBeforeItsBroadcastIsInThePastOfWhatTheDelivererBroadcastsNext() {
        History h = history("n1", "n2", "n3", "n4").broadcast("n1", "x")   // #0
                .deliver("n2", "a", "n3", "d-a")                              // #1, before a's broadcast
                .broadcast("n2", "b")                                         // #2
                .deliver("n3", "x").broadcast("n3", "a")                      // #3, #4: x → a → b
                .deliver("n4", "b").end();                                    // #5
        Outcome outcome = causal.check(h);
        assertThat(outcome.examples()).extracting(v -> v.sentence()).containsExactly(
                "causal order violated at n2: x → a because n3 delivered x (#3) before it broadcast a (#4); n2"
                        + " delivered a (#1) and had not delivered x (never delivered it)",
                "causal order violated at n4: x → b because n3 delivered x (#3) before it broadcast a (#4), and n2"
                        + " delivered a (#1) before it broadcast b (#2); n4 delivered b (#5) and had not delivered x"
                        + " (never delivered it)");
    }

    @Test
    void aSenderThatDeliveredItsOwnLaterMessageBeforeBroadcastingAnEarlierOneHasItInThatOnesPast() {
        History h = history("n1", "n2")
                .deliver("n1", "m1", "n1", "d-m1").deliver("n1", "m2", "n1", "d-m2")   // #0, #1: before either broadcast
                .broadcast("n1", "m1").broadcast("n1", "m2")                           // #2, #3: m2 → m1 and m1 → m2
                .deliver("n2", "m1").deliver("n2", "m2").end();                        // #4, #5
        Outcome outcome = causal.check(h);
        assertThat(outcome.examples()).extracting(v -> v.sentence()).containsExactly(
                "causal order violated at n1: m2 → m1 because n1 delivered m2 (#1) before it broadcast m1 (#2); n1"
                        + " delivered m1 (#0) and had not delivered m2 (delivered at #1)",
                "causal order violated at n2: m2 → m1 because n1 delivered m2 (#1) before it broadcast m1 (#2); n2"
                        + " delivered m1 (#4) and had not delivered m2 (delivered at #5)");
    }

    @Test
    void deliveringAlongATransitiveChainKeepsCausalOrder() {
        Outcome outcome = causal.check(chain().deliver("s", "a", "b", "c").end().history());
        assertThat(outcome.valid()).isTrue();
    }

    @Test
    void skippingTheMessageTheThirdNodeBroadcastViolatesCausalOrder() {
        Outcome outcome = causal.check(chain().deliver("s", "a", "c", "b").end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo("causal order violated at s: b → c because r delivered b (#4)"
                + " before it broadcast c (#5); s delivered c (#7) and had not delivered b (delivered at #8)");
        assertThat(outcome.first().events()).containsExactly(4, 5, 7, 8);
        assertThat(outcome.first().nodes()).containsExactly("r", "s");
        assertThat(outcome.first().messages()).containsExactly("b", "c");
    }

    @Test
    void aChainThroughAThirdNodeThatNeverDeliveredTheFirstMessageStillOrdersIt() {
        Outcome outcome = causal.check(Timeline.of("p", "q", "r", "s")
                .broadcast("p", "a")     // #0
                .deliver("q", "a")       // #1
                .broadcast("q", "b")     // #2
                .deliver("r", "b")       // #3: too early, r never delivers a
                .broadcast("r", "c")     // #4
                .deliver("s", "c", "a")  // #5, #6
                .end().history());
        assertThat(outcome.count()).isEqualTo(2);
        assertThat(outcome.examples().get(1).sentence()).isEqualTo("causal order violated at s: a → c because q"
                + " delivered a (#1) before it broadcast b (#2), and r delivered b (#3) before it broadcast c (#4);"
                + " s delivered c (#5) and had not delivered a (delivered at #6)");
        assertThat(outcome.examples().get(1).events()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(outcome.examples().get(1).nodes()).containsExactly("q", "r", "s");
    }

    @Test
    void deliveringAMessageWhosePredecessorIsNeverDeliveredViolatesCausalOrder() {
        Outcome outcome = causal.check(Timeline.of("p", "q", "r")
                .broadcast("p", "a")    // #0
                .deliver("q", "a")      // #1
                .broadcast("q", "b")    // #2
                .deliver("r", "b")      // #3
                .end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo("causal order violated at r: a → b because q delivered a (#1)"
                + " before it broadcast b (#2); r delivered b (#3) and had not delivered a (never delivered it)");
    }

    @Test
    void concurrentMessagesMayBeDeliveredInDifferentOrders() {
        Outcome outcome = causal.check(Timeline.of("p", "q", "r", "s")
                .broadcast("p", "a").broadcast("q", "b")
                .deliver("r", "a", "b").deliver("s", "b", "a")
                .end().history());
        assertThat(outcome.valid()).isTrue();
    }

    @Test
    void aSendersOwnEarlierBroadcastHappensBeforeItsLaterOne() {
        Outcome outcome = causal.check(Timeline.of("p", "r")
                .broadcast("p", "a").broadcast("p", "b")
                .deliver("r", "b", "a")
                .end().history());
        assertThat(outcome.first().sentence()).isEqualTo("causal order violated at r: a → b because p broadcast a (#0)"
                + " before it broadcast b (#1); r delivered b (#2) and had not delivered a (delivered at #3)");
    }

    @Test
    void theSenderMustHaveDeliveredItsOwnMessageBeforeOneThatFollowsIt() {
        Outcome outcome = causal.check(Timeline.of("p", "q")
                .broadcast("p", "a")     // #0
                .deliver("q", "a")       // #1
                .broadcast("q", "b")     // #2
                .deliver("p", "b", "a")  // #3, #4
                .end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).endsWith("p delivered b (#3) and had not delivered a (delivered at #4)");
    }

    @Test
    void aDuplicateDeliveryIsJudgedByTheFirstDeliveryOnly() {
        assertThat(causal.check(chain().deliver("s", "a", "b", "c", "c", "a").end().history()).valid()).isTrue();
        Outcome outOfOrder = causal.check(chain().deliver("s", "c", "a", "b", "c").end().history());
        assertThat(outOfOrder.count()).isEqualTo(1);
    }

    @Test
    void aCrashedProcessIsStillBoundByCausalOrder() {
        Outcome outcome = causal.check(chain().deliver("s", "c").crash("s").end().history());
        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).endsWith("s delivered c (#6) and had not delivered a (never delivered it)");
    }

    @Test
    void everyEarlyDeliveryIsCounted() {
        Outcome outcome = causal.check(chain().deliver("s", "c").deliver("p", "c").deliver("q", "c").end().history());
        assertThat(outcome.count()).isEqualTo(3);
    }

    @Test
    void aGroupTooLargeForItsTablesIsRefusedInASentenceNotByAnOverflow() {
        String[] nodes = new String[50_000];
        for (int k = 0; k < nodes.length; k++) {
            nodes[k] = "n" + (k + 1);
        }
        var history = Timeline.of(nodes).broadcast("n1", "a").deliver("n1", "a").end().history();
        for (var checker : java.util.List.of(causal, new FifoOrder())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> checker.check(history))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the history is too large for the order checks: each process's delivered prefix of "
                            + "each sender's broadcasts would take 50000 × 50000 counters, more than one table holds "
                            + "(2147483639)");
        }
    }
}
