package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.grade.students.CannotSaySettling;
import herald.grade.students.SettlesSlowly;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a Java submission's nodes say they need to settle after the heal, over the chosen scenarios:
 * Herald's protocols asked here, a class in a JVM of its own, none of its code run in this one.
 */
class SettlingTimeTest {

    private static Battery battery(String spec, String scenarios) {
        Battery whole = Battery.of(Specs.named(spec), Battery.Target.CLASSES);
        return scenarios == null ? whole : whole.only(scenarios);
    }

    @Test
    void aGossipProtocolNeedsTheLongestOfItsScenariosCrashesCountedAsTheyCrash() throws Exception {
        Submission gossip = Submission.ofProtocol("gossip-push-pull");
        // Anti-entropy every 50 ms on 5 nodes: 20 rounds, 23 with one node crashed, 27 with the two a cut-off crashes.
        assertThat(Grading.settlingTime(gossip, battery("gossip", null), 5, Limits.DEFAULT))
                .contains(new Grading.SettlingTime(1_350_000, 2));
        assertThat(Grading.settlingTime(gossip, battery("gossip", "no-faults,crash"), 5, Limits.DEFAULT))
                .contains(new Grading.SettlingTime(1_150_000, 1));
        assertThat(Grading.settlingTime(gossip, battery("gossip", "no-faults/1"), 5, Limits.DEFAULT))
                .contains(new Grading.SettlingTime(1_000_000, 0));
        assertThat(Grading.settlingTime(Submission.ofProtocol("eager-rb"), battery("reliable", null), 5,
                Limits.DEFAULT)).isEmpty();
    }

    @Test
    void aClassIsAskedInAJvmOfItsOwn() throws Exception {
        int made = SettlesSlowly.made;
        assertThat(Grading.settlingTime(Submission.ofClass(SettlesSlowly.class.getName(), List.of()),
                battery("reliable", null), 5, Limits.DEFAULT)).contains(new Grading.SettlingTime(1_400_000, 2));
        assertThat(SettlesSlowly.made).as("no node made in this JVM").isEqualTo(made);
    }

    @Test
    void aClassThatDoesNotSayOrCannotSayHasNoSettlingTime() throws Exception {
        assertThat(Grading.settlingTime(Submission.ofClass(CannotSaySettling.class.getName(), List.of()),
                battery("reliable", null), 5, Limits.DEFAULT)).isEqualTo(Optional.empty());
        assertThat(Grading.settlingTime(Submission.ofClass("herald.grade.students.Relay", List.of()),
                battery("reliable", null), 5, Limits.DEFAULT)).isEmpty();
    }
}
