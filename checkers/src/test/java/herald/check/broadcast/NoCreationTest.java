package herald.check.broadcast;

import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Violation;
import herald.history.History;
import org.junit.jupiter.api.Test;

class NoCreationTest {

    private static final History EVERYONE_DELIVERS = history("n1", "n2", "n3")
            .broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").deliver("n3", "a").end();

    @Test
    void holdsWhenEveryDeliveryFollowsItsBroadcast() {
        assertThat(new NoCreation().check(EVERYONE_DELIVERS).valid()).isTrue();
    }

    @Test
    void aMessageNobodyBroadcastIsCreated() {
        History h = history("n1", "n2").deliver("n2", "ghost", "n1", "x").end();
        assertThat(new NoCreation().check(h).first().sentence())
                .isEqualTo("no creation violated at n2: it delivered ghost (#0) from n1, but nobody broadcast ghost");
    }

    @Test
    void aDeliveryBeforeItsBroadcastIsCreated() {
        History h = history("n1", "n2").deliver("n2", "a", "n1", "d-a").broadcast("n1", "a").end();
        Violation v = new NoCreation().check(h).first();
        assertThat(v.sentence())
                .isEqualTo("no creation violated at n2: it delivered a (#0) from n1, before n1 broadcast it (#1)");
        assertThat(v.events()).containsExactly(0, 1);
    }

    @Test
    void theWrongOriginIsCreated() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n2", "a", "n3", "d-a").end();
        assertThat(new NoCreation().check(h).first().sentence())
                .isEqualTo("no creation violated at n2: it delivered a (#1) from n3, but n1 broadcast it (#0)");
    }

    @Test
    void otherDataIsCreated() {
        History h = history("n1", "n2").broadcast("n1", "a", "hello").deliver("n2", "a", "n1", "HELLO").end();
        assertThat(new NoCreation().check(h).first().sentence()).isEqualTo("no creation violated at n2: it "
                + "delivered a (#1) from n1 with data \"HELLO\", but n1 broadcast it with data \"hello\" (#0)");
    }
}
