package herald.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartitionShapesTest {

    private static final List<String> FIVE = List.of("n1", "n2", "n3", "n4", "n5");

    private static List<Partition> partitions(String shape, List<String> nodes) {
        Generation g = new Generation(nodes, 10_000_000, 250_000, new SplittableRandom(7));
        return new PartitionNemesis().generate(shape, g).stream().map(f -> (Partition) f.fault()).toList();
    }

    private static long heard(Partition p, String node, List<String> nodes) {
        return nodes.stream().filter(other -> !p.grudge().cuts(other, node)).count();
    }

    @Test
    void halvesCutTheGroupInNodeOrderSmallerHalfFirst() {
        assertThat(partitions("halves", FIVE)).isNotEmpty().allSatisfy(p ->
                assertThat(p.groups()).containsExactly(List.of("n1", "n2"), List.of("n3", "n4", "n5")));
    }

    @Test
    void randomHalvesAreTwoGroupsOfTwoAndThreeThatDifferFromCutToCut() {
        List<Partition> cuts = partitions("random-halves", FIVE);
        assertThat(cuts).allSatisfy(p -> assertThat(p.groups()).extracting(List::size).containsExactly(2, 3));
        assertThat(cuts.stream().map(Partition::groups).distinct().count()).isGreaterThan(3);
    }

    @Test
    void isolateLeavesOneNodeAlone() {
        assertThat(partitions("isolate", FIVE)).allSatisfy(p ->
                assertThat(p.groups()).extracting(List::size).containsExactly(1, 4));
    }

    @Test
    void aBridgeNodeHearsAndIsHeardByBothSidesWhileTheSidesCannotTalk() {
        assertThat(partitions("bridge", FIVE)).isNotEmpty().allSatisfy(p -> {
            List<String> bridge = FIVE.stream().filter(n -> heard(p, n, FIVE) == 5).toList();
            assertThat(bridge).hasSize(1);
            assertThat(FIVE).filteredOn(n -> !bridge.contains(n))
                    .allSatisfy(n -> assertThat(heard(p, n, FIVE)).isEqualTo(3));
            assertThat(FIVE).allSatisfy(n -> assertThat(p.grudge().cuts(bridge.get(0), n)).isFalse());
        });
    }

    @Test
    void aRingLetsEveryNodeHearExactlyAMajority() {
        List<String> seven = IntStream.rangeClosed(1, 7).mapToObj(k -> "n" + k).toList();
        assertThat(partitions("ring", seven)).isNotEmpty().allSatisfy(p ->
                assertThat(seven).allSatisfy(n -> assertThat(heard(p, n, seven)).isEqualTo(4)));
    }

    @Test
    void oneWayCutsOneHalfFromTheOtherInOneDirectionOnly() {
        assertThat(partitions("one-way", FIVE)).isNotEmpty().allSatisfy(p -> {
            int cut = 0;
            for (String a : FIVE) {
                for (String b : FIVE) {
                    if (p.grudge().cuts(a, b)) {
                        cut++;
                        assertThat(p.grudge().cuts(b, a)).as("%s>%s and back", a, b).isFalse();
                    }
                }
            }
            assertThat(cut).isEqualTo(6);
        });
    }

    @Test
    void explicitGroupsMustPutEveryNodeInAGroup() {
        assertThat(partitions("n1/n2+n3+n4+n5", FIVE)).isNotEmpty().allSatisfy(p -> assertThat(p.groups())
                .containsExactly(List.of("n1"), List.of("n2", "n3", "n4", "n5")));
        assertThatThrownBy(() -> partitions("n1/n2+n3", FIVE))
                .hasMessage("partition=n1/n2+n3 leaves out n4, n5: put every node in a group");
        assertThatThrownBy(() -> partitions("n1+n9/n2+n3+n4+n5", FIVE))
                .hasMessage("partition=n1+n9/n2+n3+n4+n5 names n9, not in the group (n1, n2, n3, n4, n5)");
    }

    @Test
    void anyDrawsSeveralShapes() {
        assertThat(partitions("any", FIVE).stream().map(Partition::shape).distinct().count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void shapesThatNeedThreeNodesSaySoOnTwo() {
        assertThatThrownBy(() -> partitions("ring", List.of("n1", "n2")))
                .hasMessage("partition=ring needs at least 3 nodes, got 2");
        assertThat(partitions("any", List.of("n1", "n2"))).isNotEmpty();
    }
}
