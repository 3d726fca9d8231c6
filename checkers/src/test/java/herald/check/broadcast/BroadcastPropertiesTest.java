package herald.check.broadcast;

import static herald.check.HistoryDsl.crashRecoveryHistory;
import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BroadcastPropertiesTest {

    private static final History EVERYONE_DELIVERS = history("n1", "n2", "n3")
            .broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").deliver("n3", "a").end();

    @Nested
    class ValidityTest {

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

    @Nested
    class NoDuplicationTest {

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

    @Nested
    class NoCreationTest {

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

    @Nested
    class AgreementTest {

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

    @Nested
    class UniformAgreementTest {

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
        void crashedProcessesOweNothing() {
            History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a")
                    .crash("n3").end();
            assertThat(new UniformAgreement().check(h).valid()).isTrue();
        }
    }
}
