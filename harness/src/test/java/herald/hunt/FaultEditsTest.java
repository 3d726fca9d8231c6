package herald.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import herald.nemesis.Crash;
import herald.nemesis.Delay;
import herald.nemesis.Duplicate;
import herald.nemesis.Fault;
import herald.nemesis.Grudge;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.nemesis.Pause;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultEditsTest {

    private static final List<String> GROUP = List.of("n1", "n2", "n3");

    private static Partition groups(List<List<String>> groups) {
        return Partition.ofGroups("groups", groups);
    }

    @Test
    void takingANodeOutOfAFaultRewritesItOrDropsItWhenNothingIsLeft() {
        Partition halves = Partition.ofGroups("halves", List.of(List.of("n1", "n2"), List.of("n3")));
        assertThat(FaultEdits.without(halves, "n2")).contains(groups(List.of(List.of("n1"), List.of("n3"))));
        assertThat(FaultEdits.without(halves, "n3")).isEmpty();
        assertThat(FaultEdits.without(halves, "n4")).contains(halves);
        Partition oneWay = Partition.ofGrudge("one-way", Grudge.oneWay(List.of("n1"), List.of("n2", "n3")));
        assertThat(FaultEdits.without(oneWay, "n2"))
                .contains(Partition.ofGrudge("one-way", Grudge.oneWay(List.of("n1"), List.of("n3"))));
        assertThat(FaultEdits.without(oneWay, "n1")).isEmpty();
        assertThat(FaultEdits.without(new Loss(0.2), "n1")).contains(new Loss(0.2));
        assertThat(FaultEdits.without(new Loss(0.2, List.of(new Link("n1", "n2"), new Link("n2", "n3"))), "n1"))
                .contains(new Loss(0.2, List.of(new Link("n2", "n3"))));
        assertThat(FaultEdits.without(new Duplicate(0.2, List.of(new Link("n1", "n2"))), "n2")).isEmpty();
        assertThat(FaultEdits.without(new Crash(List.of("n1", "n3")), "n1")).contains(new Crash(List.of("n3")));
        assertThat(FaultEdits.without(new Pause(List.of("n1")), "n1")).isEmpty();
        assertThat(FaultEdits.without(new Delay(5_000, List.of("n2"), List.of(new Link("n1", "n3"))), "n3"))
                .contains(new Delay(5_000, List.of("n2"), List.of()));
    }

    @Test
    void renamingAFaultRenamesEveryNodeItNames() {
        Map<String, String> names = Map.of("n2", "n1", "n4", "n2");
        assertThat(FaultEdits.renamed(groups(List.of(List.of("n2"), List.of("n4"))), names))
                .isEqualTo(groups(List.of(List.of("n1"), List.of("n2"))));
        assertThat(FaultEdits.renamed(Partition.ofGrudge("one-way", Grudge.oneWay(List.of("n2"), List.of("n4"))), names))
                .isEqualTo(Partition.ofGrudge("one-way", Grudge.oneWay(List.of("n1"), List.of("n2"))));
        assertThat(FaultEdits.renamed(new Loss(0.5, List.of(new Link("n4", "n2"))), names))
                .isEqualTo(new Loss(0.5, List.of(new Link("n2", "n1"))));
        assertThat(FaultEdits.renamed(new Crash(List.of("n4"), false), names)).isEqualTo(new Crash(List.of("n2")));
    }

    @Test
    void aSimplerFaultHasFewerGroupsFewerLinksFewerNodesOrLeavesNothingToChance() {
        Partition three = groups(List.of(List.of("n1"), List.of("n2"), List.of("n3")));
        assertThat(FaultEdits.simpler(three, GROUP)).containsExactly(
                groups(List.of(List.of("n1", "n2"), List.of("n3"))),
                groups(List.of(List.of("n1", "n3"), List.of("n2"))),
                groups(List.of(List.of("n1"), List.of("n2", "n3"))));
        List<Fault> loss = FaultEdits.simpler(new Loss(0.3), GROUP);
        assertThat(loss).startsWith(new Loss(0.3, List.of(new Link("n1", "n2"), new Link("n1", "n3"))),
                new Loss(0.3, List.of(new Link("n2", "n1"), new Link("n3", "n1")))).endsWith(new Loss(1));
        assertThat(FaultEdits.simpler(new Loss(1, List.of(new Link("n1", "n2"))), GROUP)).isEmpty();
        assertThat(FaultEdits.simpler(new Crash(List.of("n1", "n2")), GROUP))
                .containsExactly(new Crash(List.of("n2")), new Crash(List.of("n1")));
        for (Fault fault : List.of(three, new Loss(0.3), new Crash(List.of("n1", "n2")))) {
            for (Fault simpler : FaultEdits.simpler(fault, GROUP)) {
                assertThat(FaultEdits.complexity(simpler, 3) < FaultEdits.complexity(fault, 3)
                        || FaultEdits.uncertain(fault) && !FaultEdits.uncertain(simpler)).as("%s from %s", simpler, fault)
                        .isTrue();
            }
        }
    }

    @Test
    void deltaDebuggingTriesTheWholeListThenHalvesThenSingleElements() {
        assertThat(Chunks.without(List.of(1, 2, 3, 4))).containsExactly(List.of(), List.of(3, 4), List.of(1, 2),
                List.of(2, 3, 4), List.of(1, 3, 4), List.of(1, 2, 4), List.of(1, 2, 3));
        assertThat(Chunks.without(List.of())).isEmpty();
    }
}
