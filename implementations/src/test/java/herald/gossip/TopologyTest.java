package herald.gossip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.history.NodeId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopologyTest {

    private static List<NodeId> group(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(k -> new NodeId("n" + k)).toList();
    }

    private static Graph graph(String topology, int n) {
        return Topology.parse(topology).graph(group(n));
    }

    @Test
    void aRingLinksEachNodeToItsTwoNeighbours() {
        Graph ring = graph("ring", 5);

        assertThat(ring.neighbours(0)).containsExactly(1, 4);
        assertThat(ring.neighbours(2)).containsExactly(1, 3);
        assertThat(ring.connected()).isTrue();
    }

    @Test
    void aLineHasTwoEnds() {
        Graph line = graph("line", 4);

        assertThat(line.neighbours(0)).containsExactly(1);
        assertThat(line.neighbours(3)).containsExactly(2);
        assertThat(line.degree(1)).isEqualTo(2);
    }

    @Test
    void aGridLinksRowsAndColumnsEvenWithAShortLastRow() {
        Graph grid = graph("grid", 7);

        assertThat(grid.neighbours(0)).containsExactly(1, 3);
        assertThat(grid.neighbours(4)).containsExactly(1, 3, 5);
        assertThat(grid.neighbours(6)).containsExactly(3);
        assertThat(grid.connected()).isTrue();
    }

    @Test
    void aTernaryTreeHangsThreeChildrenUnderEachNode() {
        Graph tree = graph("tree=3", 13);

        assertThat(tree.neighbours(0)).containsExactly(1, 2, 3);
        assertThat(tree.neighbours(1)).containsExactly(0, 4, 5, 6);
        assertThat(tree.neighbours(12)).containsExactly(3);
    }

    @Test
    void aRandomRegularGraphIsSimpleRegularAndTheSameEveryTime() {
        Graph regular = graph("regular=4", 1000);

        for (int v = 0; v < 1000; v++) {
            int[] peers = regular.neighbours(v);
            assertThat(peers).hasSize(4).doesNotContain(v);
            assertThat(Arrays.stream(peers).distinct().count()).isEqualTo(4);
            for (int u : peers) {
                assertThat(regular.neighbours(u)).contains(v);
            }
        }
        assertThat(regular.connected()).isTrue();
        assertThat(graph("regular=4", 1000).neighbours(17)).containsExactly(regular.neighbours(17));
    }

    @Test
    void theCompleteGraphPicksDistinctPeersOtherThanItself() {
        Graph complete = graph("complete", 6);
        Random random = new Random(1);

        for (int k = 0; k < 200; k++) {
            int[] peers = complete.pick(2, 3, random);
            Set<Integer> distinct = new HashSet<>();
            Arrays.stream(peers).forEach(distinct::add);
            assertThat(distinct).hasSize(3).doesNotContain(2);
        }
        assertThat(complete.pick(0, 9, random)).hasSize(5);
    }

    @Test
    void pickingReachesEveryNeighbourUniformly() {
        Graph ring = graph("ring", 10);
        Random random = new Random(7);
        int[] counts = new int[10];
        for (int k = 0; k < 10_000; k++) {
            counts[ring.pick(5, 1, random)[0]]++;
        }
        // Two neighbours, 5,000 draws each expected; 4,800 is more than 4 standard deviations (50) away.
        assertThat(counts[4]).isBetween(4800, 5200);
        assertThat(counts[6]).isBetween(4800, 5200);
        assertThat(counts[4] + counts[6]).isEqualTo(10_000);
    }

    @Test
    void theHeaderFormListsNeighboursByNameExceptForTheCompleteGraph() {
        assertThat(Topology.parse("complete").describe(List.of("n1", "n2"))).isEqualTo(Map.of("name", "complete"));
        assertThat(Topology.parse("line").describe(List.of("a", "b", "c"))).isEqualTo(Map.of("name", "line",
                "neighbours", Map.of("a", List.of("b"), "b", List.of("a", "c"), "c", List.of("b"))));
    }

    @Test
    void badTopologiesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> Topology.parse("torus")).hasMessage("unknown topology \"torus\" (known: complete, "
                + "ring, line, grid, tree=K, regular=K)");
        assertThatThrownBy(() -> Topology.parse("ring=3")).hasMessage("topology ring takes no parameter, got \"ring=3\"");
        assertThatThrownBy(() -> Topology.parse("tree=x")).hasMessage("topology tree=K needs a whole number K >= 1, "
                + "got \"x\"");
        assertThatThrownBy(() -> graph("regular=3", 5)).hasMessage("topology regular=3 on 5 nodes is impossible: "
                + "n x K must be even");
        assertThatThrownBy(() -> graph("regular=5", 5)).hasMessage("topology regular=5 needs more than 5 nodes, got 5");
    }

    @Test
    void theGraphIsBuiltOnceAndFoundAgainByTheGroupListThatAskedLast() {
        Topology ring = Topology.parse("ring");
        Graph first = ring.graph(group(5));
        Graph second = ring.graph(group(5));

        // An equal group given as another list reuses the adjacency, then answers that list by
        // identity: 10,000 nodes asking with one list must not compare 10,000-element lists each.
        assertThat(second).isNotSameAs(first);
        assertThat(second.neighbours(0)).containsExactly(first.neighbours(0));
        assertThat(ring.graph(second.group())).isSameAs(second);
        assertThat(ring.graph(group(6)).size()).isEqualTo(6);
    }

    @Test
    void aTopologyPrintsAsItIsWritten() {
        assertThat(Topology.parse("tree").toString()).isEqualTo("tree=2");
        assertThat(Topology.parse(" regular=6 ")).isEqualTo(Topology.parse("regular=6")).hasToString("regular=6");
    }
}
