package herald.maelstrom;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The neighbour maps Maelstrom's broadcast workload sends its nodes in {@code topology}, by the
 * names its {@code --topology} option takes: {@code grid} (its default), {@code line},
 * {@code total}, {@code tree2}, {@code tree3}, {@code tree4} ({@code tree} is {@code tree2}). The
 * shapes are Maelstrom's own, neighbour for neighbour and in the same order, so a program that
 * relies on them sees what it would see under Maelstrom.
 */
public final class MaelstromTopology {

    /** The names {@code --topology} accepts. */
    public static final List<String> NAMES = List.of("grid", "line", "total", "tree", "tree2", "tree3", "tree4");

    private MaelstromTopology() {
    }

    /**
     * The neighbours of each of {@code nodes} (in the group's order) in the shape {@code name}.
     *
     * @throws IllegalArgumentException for a shape Maelstrom does not have
     */
    public static Map<String, List<String>> of(String name, List<String> nodes) {
        switch (name) {
            case "grid":
                return grid(nodes);
            case "line":
                return line(nodes);
            case "total":
                return total(nodes);
            case "tree":
            case "tree2":
                return tree(2, nodes);
            case "tree3":
                return tree(3, nodes);
            case "tree4":
                return tree(4, nodes);
            default:
                throw new IllegalArgumentException("unknown topology \"" + name + "\" (Maelstrom's: "
                        + String.join(", ", NAMES) + ")");
        }
    }

    /**
     * A square grid ⌈√n⌉ wide, filled row by row: each node hears the one below, above, right and
     * left of it, in that order, where there is one.
     */
    static Map<String, List<String>> grid(List<String> nodes) {
        int n = nodes.size();
        int side = (int) Math.ceil(Math.sqrt(n));
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            int i = k / side;
            int j = k % side;
            List<String> neighbours = new ArrayList<>();
            at(nodes, side, i + 1, j, neighbours);
            at(nodes, side, i - 1, j, neighbours);
            at(nodes, side, i, j + 1, neighbours);
            at(nodes, side, i, j - 1, neighbours);
            map.put(nodes.get(k), neighbours);
        }
        return map;
    }

    private static void at(List<String> nodes, int side, int i, int j, List<String> into) {
        if (i >= 0 && j >= 0 && j < side && i * side + j < nodes.size()) {
            into.add(nodes.get(i * side + j));
        }
    }

    /** A line: the ends hear one node, every other node its left and its right. Empty below two nodes. */
    static Map<String, List<String>> line(List<String> nodes) {
        int n = nodes.size();
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (n < 2) {
            return map;
        }
        for (int k = 0; k < n; k++) {
            if (k == 0) {
                map.put(nodes.get(k), List.of(nodes.get(1)));
            } else if (k == n - 1) {
                map.put(nodes.get(k), List.of(nodes.get(n - 2)));
            } else {
                map.put(nodes.get(k), List.of(nodes.get(k - 1), nodes.get(k + 1)));
            }
        }
        return map;
    }

    /** Everyone hears everyone else. */
    static Map<String, List<String>> total(List<String> nodes) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (String node : nodes) {
            List<String> others = new ArrayList<>(nodes);
            others.remove(node);
            map.put(node, others);
        }
        return map;
    }

    /**
     * A tree with branching {@code b}, filled tier by tier (1, b, b², … nodes): the k-th node of a
     * tier is the parent of the k-th run of b nodes in the next. Each node hears its parent first,
     * then its children.
     */
    static Map<String, List<String>> tree(int b, List<String> nodes) {
        int n = nodes.size();
        List<List<String>> neighbours = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            neighbours.add(new ArrayList<>());
        }
        int tierStart = 0;
        int tierSize = 1;
        while (tierStart < n) {
            int nextStart = tierStart + tierSize;
            for (int p = 0; p < tierSize && tierStart + p < n; p++) {
                for (int c = 0; c < b; c++) {
                    int child = nextStart + p * b + c;
                    if (child < n) {
                        neighbours.get(child).add(0, nodes.get(tierStart + p));
                        neighbours.get(tierStart + p).add(nodes.get(child));
                    }
                }
            }
            tierStart = nextStart;
            tierSize *= b;
        }
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            map.put(nodes.get(k), neighbours.get(k));
        }
        return map;
    }
}
