package herald.nemesis;

import java.util.List;

/**
 * A nemesis that acts on nodes: K of them picked at random each time ({@code crash=2}, default
 * 1), or exactly the ones named ({@code crash=n1+n3}).
 */
abstract class NodesNemesis implements Nemesis {

    @Override
    public String parameter() {
        return "=K nodes picked at random, default 1; =n1+n2 exactly those nodes";
    }

    @Override
    public void validate(String value) {
        Parameters.countOrNodes(name(), value);
    }

    /** The nodes named, or none when the value is a count or absent. */
    List<String> named(String value) {
        return value == null || Parameters.isCount(value) ? List.of() : Parameters.nodes(name(), value);
    }

    /** How many nodes to pick at random: the count given, 1 by default, 0 when nodes are named. */
    int count(String value) {
        return value == null ? 1 : Parameters.isCount(value) ? Parameters.count(name(), value) : 0;
    }
}
