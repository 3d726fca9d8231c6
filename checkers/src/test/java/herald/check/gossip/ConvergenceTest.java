package herald.check.gossip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.check.Outcome;
import herald.check.Specs;
import herald.check.Verdict;
import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConvergenceTest {

    /** A history written line by line: each call appends one event with the next index. */
    private static final class Script {
        private final History.Builder builder;
        private long t;

        Script(Header header) {
            this.builder = History.builder(header);
        }

        Script broadcast(String node, String msg) {
            builder.add(new Event.Broadcast(builder.size(), t += 10, node, msg, "v"));
            return deliver(node, msg, node);
        }

        Script deliver(String node, String msg, String origin) {
            builder.add(new Event.Deliver(builder.size(), t += 10, node, msg, origin, "v"));
            return this;
        }

        Script crash(String node) {
            builder.add(new Event.Crash(builder.size(), t += 10, node, null));
            return this;
        }

        Script partition(String action) {
            builder.add(new Event.Fault(builder.size(), t += 10, action, "partition", null));
            return this;
        }

        History end() {
            builder.add(new Event.End(builder.size(), t += 10, null));
            return builder.build();
        }
    }

    private static Header complete(String... nodes) {
        return Header.of(List.of(nodes));
    }

    /** n1 – n2 – … – nk, as the runtime writes a line topology into the header. */
    private static Header line(int k) {
        List<String> nodes = new ArrayList<>();
        Map<String, List<String>> neighbours = new LinkedHashMap<>();
        for (int v = 1; v <= k; v++) {
            nodes.add("n" + v);
            List<String> peers = new ArrayList<>();
            if (v > 1) {
                peers.add("n" + (v - 1));
            }
            if (v < k) {
                peers.add("n" + (v + 1));
            }
            neighbours.put("n" + v, peers);
        }
        return Header.of(nodes).with("topology", Map.of("name", "line", "neighbours", neighbours));
    }

    @Test
    void aRumorEveryoneLearnedConverges() {
        History h = new Script(complete("n1", "n2", "n3")).broadcast("n1", "n1-1").deliver("n2", "n1-1", "n1")
                .deliver("n3", "n1-1", "n1").end();

        assertThat(Convergence.strict().check(h).valid()).isTrue();
    }

    @Test
    void aCorrectProcessThatNeverLearnsARumorBreaksConvergenceOnTheCompleteGraph() {
        History h = new Script(complete("n1", "n2", "n3")).partition("start").broadcast("n1", "n1-1")
                .deliver("n2", "n1-1", "n1").partition("stop").end();

        Outcome outcome = Convergence.strict().check(h);

        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo("convergence violated: correct process n3 never learned "
                + "n1-1, though correct process n1 broadcast it (#1) and n3 is connected to n1 through correct "
                + "processes (n1–n3); the last fault stopped at #4 and the run ended at #5");
        assertThat(outcome.first().events()).containsExactly(1, 4, 5);
        assertThat(outcome.first().nodes()).containsExactly("n1", "n3");
    }

    @Test
    void theSentenceNamesThePathAlongTheTopology() {
        History h = new Script(line(4)).broadcast("n1", "n1-1").deliver("n2", "n1-1", "n1").end();

        Outcome outcome = Convergence.strict().check(h);

        assertThat(outcome.count()).isEqualTo(2);
        assertThat(outcome.examples().get(1).sentence()).isEqualTo("convergence violated: correct process n4 never "
                + "learned n1-1, though correct process n1 broadcast it (#0) and n4 is connected to n1 through correct "
                + "processes (n1–n2–n3–n4); the run ended at #3");
    }

    @Test
    void aProcessCutOffByACrashedNeighbourIsOwedNothing() {
        History h = new Script(line(3)).broadcast("n1", "n1-1").crash("n2").end();

        assertThat(Convergence.strict().check(h).valid()).isTrue();
    }

    @Test
    void aRumorWhoseOriginCrashedIsOwedByTheCorrectProcessesThatLearnedIt() {
        History h = new Script(complete("n1", "n2", "n3")).broadcast("n1", "n1-1").deliver("n2", "n1-1", "n1")
                .crash("n1").end();

        Outcome outcome = Convergence.strict().check(h);

        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo("convergence violated: correct process n3 never learned "
                + "n1-1, though correct process n2 learned it (#2) and n3 is connected to n2 through correct "
                + "processes (n2–n3); the run ended at #4");
    }

    @Test
    void aRumorOnlyACrashedOriginKnewIsOwedToNoOne() {
        History h = new Script(complete("n1", "n2", "n3")).broadcast("n1", "n1-1").crash("n1").end();

        assertThat(Convergence.strict().check(h).valid()).isTrue();
    }

    @Test
    void rumorMongeringsResidueIsReportedNotJudged() {
        History h = new Script(complete("n1", "n2", "n3", "n4")).broadcast("n1", "n1-1")
                .deliver("n2", "n1-1", "n1").broadcast("n3", "n3-1").deliver("n1", "n3-1", "n3")
                .deliver("n2", "n3-1", "n3").deliver("n4", "n3-1", "n3").end();

        Outcome outcome = Convergence.reportingResidue().check(h);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.notes()).containsExactly("residue 0.250 on average: 1 of 2 rumors missed some correct "
                + "connected process (2 of 8 process-rumor pairs); the worst, n1-1, never reached n3, n4 (residue 0.500)");
    }

    @Test
    void aResidueAboveTheBoundIsAViolation() {
        History h = new Script(complete("n1", "n2", "n3", "n4")).broadcast("n1", "n1-1")
                .deliver("n2", "n1-1", "n1").deliver("n3", "n1-1", "n1").broadcast("n4", "n4-1").end();

        Outcome outcome = Convergence.residueAtMost(0.5).check(h);

        assertThat(outcome.count()).isEqualTo(1);
        assertThat(outcome.first().sentence()).isEqualTo("convergence violated: n4-1, broadcast by n4 (#4), never "
                + "reached 3 of the 4 correct processes connected to those that knew it (n1, n2, n3): residue 0.750, "
                + "above the bound 0.500; the run ended at #6");
        assertThat(outcome.notes()).hasSize(1);
    }

    @Test
    void theGossipRumorSpecTakesABoundAfterAnEqualsSign() {
        History h = new Script(complete("n1", "n2")).broadcast("n1", "n1-1").end();

        Verdict reported = Specs.named("gossip-rumor").check(h);
        Verdict bounded = Specs.named("gossip-rumor=0.4").check(h);

        assertThat(reported.valid()).isTrue();
        assertThat(reported.outcome("convergence").notes()).hasSize(1);
        assertThat(bounded.violated()).extracting(Outcome::property).containsExactly("convergence");
        assertThat(bounded.spec()).isEqualTo("gossip-rumor=0.4");
        assertThatThrownBy(() -> Specs.named("gossip-rumor=lots")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spec gossip-rumor=B needs a residue bound B between 0 and 1, got \"lots\"");
        assertThat(Specs.find("gossip-rumor=2")).isEmpty();
    }

    @Test
    void theGossipSpecChecksConvergenceNoDuplicationAndNoCreation() {
        assertThat(Specs.named("gossip").properties()).containsExactly("convergence", "no-duplication", "no-creation");
    }

    @Test
    void aTopologyNamingAStrangerIsReportedAndTheStrangerIgnored() {
        Header header = Header.of(List.of("n1", "n2")).with("topology",
                Map.of("name", "line", "neighbours", Map.of("n1", List.of("n2", "n9"))));
        History h = new Script(header).broadcast("n1", "n1-1").deliver("n2", "n1-1", "n1").end();

        Outcome outcome = Convergence.strict().check(h);

        assertThat(outcome.valid()).isTrue();
        assertThat(outcome.notes()).containsExactly("the header's topology names n9, which is not in the group; ignored");
    }

    @Test
    void theVerdictPrintsNotesUnderTheirProperty() {
        History h = new Script(complete("n1", "n2")).broadcast("n1", "n1-1").end();

        String text = Specs.named("gossip-rumor").check(h).describe();

        assertThat(text).contains("  convergence     ok\n    note: residue 0.500 on average: 1 of 1 rumors");
        assertThat(Specs.named("gossip-rumor").check(h).toJson().at("/properties/convergence/notes/0").asText())
                .startsWith("residue 0.500");
    }
}
