package herald.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.diagram.Story;
import herald.history.History;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiVizLogTest {

    /** n3 delivers m2 before m1, although n2 delivered m1 before it broadcast m2. */
    private static History causalOrderViolation() {
        return Story.of("n1", "n2", "n3")
                .broadcast("n1", "m1")
                .deliver("n1", "m1", "n1")
                .deliver("n2", "m1", "n1")
                .broadcast("n2", "m2")
                .deliver("n2", "m2", "n2")
                .deliver("n3", "m2", "n2")
                .deliver("n3", "m1", "n1")
                .end();
    }

    @Test
    void aCausalOrderViolationBecomesALogWhoseClocksShiVizAccepts() {
        String log = ShiVizLog.of(List.of(new ShiVizLog.Execution("causal order violated at n3", causalOrderViolation())));

        assertThat(log).isEqualTo("""
                (?<host>\\S+) (?<clock>\\{[^}]*\\}) #(?<i>\\d+) t=(?<t>\\d+) (?<event>.*)
                === (?<trace>.*) ===
                === causal order violated at n3 ===
                n1 {"n1":1} #0 t=0 broadcast m1 data=v-m1
                n1 {"n1":2} #1 t=1 deliver m1 origin=n1 data=v-m1
                n2 {"n1":1,"n2":1} #2 t=2 deliver m1 origin=n1 data=v-m1
                n2 {"n1":1,"n2":2} #3 t=3 broadcast m2 data=v-m2
                n2 {"n1":1,"n2":3} #4 t=4 deliver m2 origin=n2 data=v-m2
                n3 {"n1":1,"n2":2,"n3":1} #5 t=5 deliver m2 origin=n2 data=v-m2
                n3 {"n1":1,"n2":2,"n3":2} #6 t=6 deliver m1 origin=n1 data=v-m1
                """);
        assertThat(ShiVizRules.check(log)).isEmpty();
        VectorClocks clocks = VectorClocks.of(causalOrderViolation());
        assertThat(clocks.happenedBefore(0, 3)).as("m1 → m2").isTrue();
        assertThat(clocks.happenedBefore(0, 5)).as("n3 delivers m2 after m1 was broadcast").isTrue();
    }

    @Test
    void aRunWithTracedPacketsIsExportedByItsPacketsAndShiVizAcceptsIt() {
        History traced = Story.of("n1", "n2", "n3")
                .broadcast("n1", "m1")
                .send("n1", "n1", 0)
                .send("n1", "n2", 1)
                .send("n1", "n3", 2)
                .drop("n1", "n3", 2, "partition")
                .recv("n1", "n1", 0)
                .deliver("n1", "m1", "n1")
                .recv("n2", "n1", 1)
                .deliver("n2", "m1", "n1")
                .crash("n2")
                .end();

        String log = ShiVizLog.of(List.of(new ShiVizLog.Execution("traced", traced)));

        assertThat(ShiVizRules.check(log)).isEmpty();
        assertThat(log).contains("n1 {\"n1\":5} #4 t=4 drop packet 2 to n3 (partition)\n")
                .contains("n2 {\"n1\":3,\"n2\":1} #7 t=7 recv packet 1 from n1\n")
                .contains("n2 {\"n1\":3,\"n2\":3} #9 t=9 crash\n");
    }

    @Test
    void severalHistoriesBecomeSeveralExecutionsUnderLabelsMadeUnique() {
        History passing = Story.of("n1", "n2").broadcast("n1", "m1").deliver("n2", "m1", "n1").end();

        String log = ShiVizLog.of(List.of(new ShiVizLog.Execution("run {a}", passing),
                new ShiVizLog.Execution("run {a}", causalOrderViolation())));

        assertThat(log).contains("\n=== run (a) ===\nn1 {\"n1\":1} #0").contains("\n=== run (a) (2) ===\nn1 {\"n1\":1} #0");
        assertThat(ShiVizRules.check(log)).isEmpty();
    }

    @Test
    void aNodeNameWithASpaceCannotBeCarried() {
        History history = Story.of("node one").broadcast("node one", "m1").end();

        assertThatThrownBy(() -> ShiVizLog.of(List.of(new ShiVizLog.Execution("spaced", history))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spaced: node \"node one\" has a space or a brace in its name, which ShiViz's log format "
                        + "cannot carry");
    }

    @Test
    void aHistoryWithNothingAtANodeCannotBeAnExecution() {
        History history = Story.of("n1").loss(0.5).stop("loss").end();

        assertThatThrownBy(() -> ShiVizLog.of(List.of(new ShiVizLog.Execution("empty", history))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("empty: no event happens at a node, and ShiViz cannot show an execution without one");
    }

    @Test
    void aDeliveryClaimingAnOriginOutsideTheGroupIsExportedAsItsClaim() {
        History h = Story.of("n1", "n2").broadcast("n1", "m1").deliver("n2", "m1", "n1")
                .deliver("n2", "x\nm1", "nope").deliver("n2", "", "").end();

        String log = ShiVizLog.of(List.of(new ShiVizLog.Execution("made up", h)));

        assertThat(log).endsWith("""
                n2 {"n1":1,"n2":2} #2 t=2 deliver "x\\nm1" origin=nope data=v-x m1
                n2 {"n1":1,"n2":3} #3 t=3 deliver "" origin="" data=v-
                """);
        assertThat(ShiVizRules.check(log)).isEmpty();
    }
}
