package herald.check.order;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.check.Timeline;
import herald.check.Verdict;
import org.junit.jupiter.api.Test;

class OrderSpecsTest {

    @Test
    void theOrderSpecsCheckThePropertiesPropertiesMdLists() {
        assertThat(Specs.named("fifo").properties()).containsExactly(
                "validity", "no-duplication", "no-creation", "agreement", "fifo-order");
        assertThat(Specs.named("causal").properties()).containsExactly(
                "validity", "no-duplication", "no-creation", "agreement", "causal-order");
        assertThat(Specs.named("total").properties()).containsExactly(
                "validity", "no-duplication", "no-creation", "agreement", "total-order");
        assertThat(Specs.named("uniform-total").properties()).containsExactly(
                "validity", "no-duplication", "no-creation", "agreement", "uniform-agreement", "uniform-total-order");
        assertThat(Specs.named("fifo-total").properties()).containsExactly(
                "validity", "no-duplication", "no-creation", "agreement", "fifo-order", "total-order");
    }

    @Test
    void concurrentMessagesInDifferentOrdersKeepCausalButNotTotal() {
        Timeline history = Timeline.of("p", "q")
                .broadcast("p", "a").broadcast("q", "b")
                .deliver("p", "a", "b").deliver("q", "b", "a")
                .end();
        assertThat(Specs.named("causal").check(history.history()).valid()).isTrue();
        Verdict total = Specs.named("total").check(history.history());
        assertThat(total.violated()).extracting(o -> o.property()).containsExactly("total-order");
    }
}
