package herald.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GrudgeTest {

    /** The nodes {@code node} hears in {@code grudge}: itself and everyone it holds no grudge against. */
    private static Set<String> heardBy(Grudge grudge, String node, List<String> group) {
        Set<String> heard = new TreeSet<>(Nodes.ORDER);
        for (String other : group) {
            if (!grudge.cuts(other, node)) {
                heard.add(other);
            }
        }
        return heard;
    }

    @Test
    void groupsHoldAGrudgeAgainstEveryNodeOfEveryOtherGroupBothWays() {
        Grudge grudge = Grudge.ofGroups(List.of(List.of("n1"), List.of("n2", "n3")));
        assertThat(grudge.drops()).containsOnlyKeys("n1", "n2", "n3");
        assertThat(grudge.drops().get("n1")).containsExactly("n2", "n3");
        assertThat(grudge.drops().get("n2")).containsExactly("n1");
        assertThat(grudge.cuts("n1", "n2")).isTrue();
        assertThat(grudge.cuts("n2", "n1")).isTrue();
        assertThat(grudge.cuts("n2", "n3")).isFalse();
    }

    @Test
    void aOneWayGrudgeIsNotReturned() {
        Grudge grudge = Grudge.oneWay(List.of("n1"), List.of("n2"));
        assertThat(grudge.cuts("n1", "n2")).isTrue();
        assertThat(grudge.cuts("n2", "n1")).isFalse();
        assertThat(grudge.toJson().toString()).isEqualTo("{\"n2\":[\"n1\"]}");
    }

    @Test
    void inAMajoritiesRingEveryNodeHearsAMajorityAndNoTwoTheSameOne() {
        for (int n = 3; n <= 9; n++) {
            List<String> group = IntStream.rangeClosed(1, n).mapToObj(k -> "n" + k).toList();
            Grudge ring = Grudge.majoritiesRing(group);
            Set<Set<String>> majorities = new HashSet<>();
            for (String node : group) {
                Set<String> heard = heardBy(ring, node, group);
                assertThat(heard).as("n=%d, %s hears %s", n, node, heard).hasSize(n / 2 + 1).contains(node);
                majorities.add(heard);
            }
            assertThat(majorities).as("n=%d", n).hasSize(n);
        }
    }

    @Test
    void equalGrudgesAreEqualValuesWhateverOrderTheyWereBuiltIn() {
        Grudge a = Grudge.ofGroups(List.of(List.of("n2", "n1"), List.of("n3")));
        Grudge b = Grudge.ofGroups(List.of(List.of("n3"), List.of("n1", "n2")));
        assertThat(a).isEqualTo(b);
        assertThat(Grudge.fromJson(a.toJson())).isEqualTo(a);
    }

    @Test
    void aNodeCannotHoldAGrudgeAgainstItself() {
        assertThatThrownBy(() -> Grudge.oneWay(List.of("n1"), List.of("n1")))
                .hasMessage("node n1 cannot hold a grudge against itself");
    }
}
