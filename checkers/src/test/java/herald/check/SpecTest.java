package herald.check;

import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.History;
import org.junit.jupiter.api.Test;

class SpecTest {

    @Test
    void theSpecsOfPropertiesMdCheckTheirProperties() {
        assertThat(Specs.named("best-effort").properties()).containsExactly("validity", "no-duplication", "no-creation");
        assertThat(Specs.named("reliable").properties())
                .containsExactly("validity", "no-duplication", "no-creation", "agreement");
        assertThat(Specs.named("uniform-reliable").properties())
                .containsExactly("validity", "no-duplication", "no-creation", "agreement", "uniform-agreement");
    }

    @Test
    void onlyValidityAgreementAndConvergenceAreLivenessThatMoreTimeMightMend() {
        assertThat(Specs.named("uniform-total").checkers()).filteredOn(Checker::liveness)
                .extracting(Checker::property).containsExactly("validity", "agreement", "uniform-agreement");
        assertThat(Specs.named("gossip").checkers()).filteredOn(Checker::liveness)
                .extracting(Checker::property).containsExactly("convergence");
        Spec reliable = Specs.named("reliable");
        History lost = history("n1", "n2").broadcast("n1", "a").deliver("n1", "a").end();
        History twice = history("n1", "n2").broadcast("n1", "a").deliver("n1", "a").deliver("n1", "a").end();
        History fine = history("n1", "n2").broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").end();
        assertThat(reliable.onlyLivenessViolated(reliable.check(lost))).isTrue();
        assertThat(reliable.onlyLivenessViolated(reliable.check(twice))).isFalse();
        assertThat(reliable.onlyLivenessViolated(reliable.check(fine))).isFalse();
    }

    @Test
    void anUnknownSpecIsNamedWithTheKnownOnes() {
        assertThatThrownBy(() -> Specs.named("reliabel"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown spec \"reliabel\" (known: best-effort, reliable, uniform-reliable");
    }

    @Test
    void aVerdictListsEveryViolatedPropertyWithItsCountAndFirstSentence() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n1", "a").deliver("n1", "a")
                .deliver("n2", "a").end();
        Verdict verdict = Specs.named("reliable").check(h);
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.violated()).extracting(Outcome::property).containsExactly("no-duplication", "agreement");
        JsonNode json = verdict.toJson();
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("spec").asText()).isEqualTo("reliable");
        assertThat(json.get("properties").get("validity").get("valid").asBoolean()).isTrue();
        assertThat(json.get("properties").get("validity").get("first").isNull()).isTrue();
        JsonNode agreement = json.get("properties").get("agreement");
        assertThat(agreement.get("violations").asLong()).isEqualTo(1);
        assertThat(agreement.get("first").asText()).isEqualTo(
                "agreement violated: correct process n1 delivered a (#1), but correct process n3 never delivered it");
        assertThat(agreement.get("examples").get(0).get("events").get(0).asInt()).isEqualTo(1);
        assertThat(json.get("warnings").size()).isZero();
        assertThat(verdict.describe()).startsWith("reliable: INVALID, 2 of 4 properties violated\n"
                + "  validity        ok\n"
                + "  no-duplication  VIOLATED 1 time\n"
                + "    no duplication violated at n1: it delivered a at #1 and again at #2\n");
    }

    @Test
    void aHistoryWithoutItsEndIsCheckedWithAWarning() {
        History h = history("n1").broadcast("n1", "a").cutOff();
        Verdict verdict = Specs.named("reliable").check(h);
        assertThat(verdict.outcome("validity").count()).isEqualTo(1);
        assertThat(verdict.warnings()).singleElement().asString().startsWith("the history has no end event");
    }

    @Test
    void aFaultStillInForceAtTheEndIsNamedInAWarning() {
        History h = history("n1", "n2").fault("start", "partition").fault("start", "loss").fault("stop", "loss")
                .fault("start", "loss").broadcast("n1", "a").deliver("n1", "a").fault("stop", "loss").end();
        Verdict verdict = Specs.named("reliable").check(h);
        assertThat(verdict.warnings()).containsExactly("the partition that started at #0 never stopped: liveness "
                + "properties were judged with it still in force, where a run ends with every fault stopped");
        History healed = history("n1").fault("start", "partition").fault("stop", "partition").end();
        assertThat(Specs.named("reliable").check(healed).warnings()).isEmpty();
    }

    @Test
    void onlyTheFirstViolationsAreKeptButAllAreCounted() {
        HistoryDsl dsl = history("n1", "n2");
        for (int k = 0; k < 50; k++) {
            dsl.broadcast("n1", "m" + k);
        }
        Outcome outcome = Specs.named("reliable").check(dsl.end()).outcome("validity");
        assertThat(outcome.count()).isEqualTo(50);
        assertThat(outcome.examples()).hasSize(Findings.KEPT);
    }
}
