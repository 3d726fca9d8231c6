package herald.maelstrom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Maelstrom's topologies, neighbour for neighbour as its broadcast workload builds them. */
class MaelstromTopologyTest {

    private static List<String> nodes(int n) {
        return IntStream.range(0, n).mapToObj(k -> "n" + k).toList();
    }

    @Test
    void aGridIsFilledRowByRowAndEachNodeHearsBelowAboveRightLeft() {
        assertThat(MaelstromTopology.of("grid", nodes(5))).isEqualTo(Map.of(
                "n0", List.of("n3", "n1"),
                "n1", List.of("n4", "n2", "n0"),
                "n2", List.of("n1"),
                "n3", List.of("n0", "n4"),
                "n4", List.of("n1", "n3")));
        Map<String, List<String>> big = MaelstromTopology.of("grid", nodes(25));
        assertThat(big.get("n12")).containsExactly("n17", "n7", "n13", "n11");
        assertThat(big.values()).allSatisfy(neighbours -> assertThat(neighbours).hasSizeBetween(2, 4));
    }

    @Test
    void aTreeIsFilledTierByTierAndEachNodeHearsItsParentThenItsChildren() {
        assertThat(MaelstromTopology.of("tree2", nodes(7))).isEqualTo(Map.of(
                "n0", List.of("n1", "n2"),
                "n1", List.of("n0", "n3", "n4"),
                "n2", List.of("n0", "n5", "n6"),
                "n3", List.of("n1"), "n4", List.of("n1"), "n5", List.of("n2"), "n6", List.of("n2")));
        assertThat(MaelstromTopology.of("tree3", nodes(5))).isEqualTo(Map.of(
                "n0", List.of("n1", "n2", "n3"),
                "n1", List.of("n0", "n4"),
                "n2", List.of("n0"), "n3", List.of("n0"), "n4", List.of("n1")));
        assertThat(MaelstromTopology.of("tree", nodes(7))).isEqualTo(MaelstromTopology.of("tree2", nodes(7)));
    }

    @Test
    void aLineAndTheTotalGraph() {
        assertThat(MaelstromTopology.of("line", nodes(3)))
                .isEqualTo(Map.of("n0", List.of("n1"), "n1", List.of("n0", "n2"), "n2", List.of("n1")));
        assertThat(MaelstromTopology.of("line", nodes(1))).isEmpty();
        assertThat(MaelstromTopology.of("total", nodes(3)))
                .isEqualTo(Map.of("n0", List.of("n1", "n2"), "n1", List.of("n0", "n2"), "n2", List.of("n0", "n1")));
    }

    @Test
    void aShapeMaelstromDoesNotHaveIsNamedWithTheOnesItHas() {
        assertThatThrownBy(() -> MaelstromTopology.of("ring", nodes(3))).hasMessage("unknown topology \"ring\" "
                + "(Maelstrom's: grid, line, total, tree, tree2, tree3, tree4)");
    }
}
