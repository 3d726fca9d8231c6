package herald.check;

import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

import herald.history.History;
import org.junit.jupiter.api.Test;

/**
 * A delivery's origin is what the delivering process claims: a broken protocol may name a process
 * outside the group, or any string. Every spec judges such a history, and only No creation speaks
 * of it.
 */
class ClaimedOriginTest {

    /** Everyone delivers a, and then x-a, a copy of it that claims to come from "nope". */
    private static final History MADE_UP = history("n1", "n2", "n3")
            .broadcast("n1", "a").deliver("n1", "a").deliver("n1", "x-a", "nope", "d-a")
            .deliver("n2", "a").deliver("n2", "x-a", "nope", "d-a")
            .deliver("n3", "a").deliver("n3", "x-a", "nope", "d-a").end();

    @Test
    void everySpecFindsOnlyNoCreationViolatedByAnOriginOutsideTheGroup() {
        for (Spec spec : Specs.all()) {
            Verdict verdict = spec.check(MADE_UP);
            assertThat(verdict.violated()).as(spec.name()).extracting(Outcome::property).containsExactly("no-creation");
            Outcome noCreation = verdict.outcome("no-creation");
            assertThat(noCreation.count()).as(spec.name()).isEqualTo(3);
            Violation first = noCreation.first();
            assertThat(first.sentence()).isEqualTo(
                    "no creation violated at n1: it delivered x-a (#2) from nope (not in the group), but nobody broadcast x-a");
            assertThat(first.nodes()).containsExactly("n1");
            assertThat(first.messages()).containsExactly("x-a");
            assertThat(first.events()).containsExactly(2);
        }
    }

    @Test
    void aBroadcastMessageDeliveredFromAnOriginOutsideTheGroupIsCreated() {
        History h = history("n1", "n2").broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a", "\u0000", "d-a")
                .end();
        Verdict verdict = Specs.named("causal").check(h);
        assertThat(verdict.violated()).extracting(Outcome::property).containsExactly("no-creation");
        assertThat(verdict.firstViolation().sentence()).isEqualTo(
                "no creation violated at n2: it delivered a (#2) from \"\\u0000\" (not in the group), but n1 broadcast it (#0)");
        assertThat(verdict.firstViolation().nodes()).containsExactly("n2", "n1");
    }

    @Test
    void emptyAndUnprintableIdsAreQuotedInSentences() {
        History h = history("n1", "n2").broadcast("n1", "").deliver("n1", "").deliver("n1", "")
                .deliver("n2", "a\nb", "", "x").end();
        Verdict verdict = Specs.named("reliable").check(h);
        assertThat(verdict.outcome("no-duplication").first().sentence())
                .isEqualTo("no duplication violated at n1: it delivered \"\" at #1 and again at #2");
        assertThat(verdict.outcome("no-creation").first().sentence()).isEqualTo(
                "no creation violated at n2: it delivered \"a\\nb\" (#3) from \"\" (not in the group), but nobody broadcast \"a\\nb\"");
        assertThat(verdict.outcome("agreement").first().sentence())
                .isEqualTo("agreement violated: correct process n1 delivered \"\" (#1), but correct process n2 never delivered it");
    }
}
