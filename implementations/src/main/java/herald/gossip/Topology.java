package herald.gossip;

import herald.history.NodeId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shape of the graph gossip runs on: which peers a node may contact. Written as on the
 * command line: {@code complete} (every node a peer of every other: the setting of the classic
 * results), {@code ring}, {@code line}, {@code grid} (a square grid, row by row, the last row
 * possibly short), {@code tree=K} (a K-ary tree, node 1 the root; K defaults to 2) and
 * {@code regular=K} (a random K-regular graph, K defaults to 4).
 *
 * <p>A random regular graph is drawn once per group size from a fixed seed, so every run on N
 * nodes, and every reader of the history, sees the same graph.
 *
 * <p>A topology is a recipe; {@link #graph} lays it over a group and remembers the last group it
 * was laid over, because every node of a run asks for the same graph and 10,000 nodes should not
 * build it 10,000 times.
 */
public final class Topology {

    public static final Topology COMPLETE = new Topology("complete", 0);

    private static final long REGULAR_SEED = 0x5EED_6055_1BL;
    private static final List<String> SHAPES = List.of("complete", "ring", "line", "grid", "tree", "regular");

    private final String shape;
    private final int k;
    private final AtomicReference<Graph> last = new AtomicReference<>();

    private Topology(String shape, int k) {
        this.shape = shape;
        this.k = k;
    }

    /**
     * Parses {@code complete}, {@code ring}, {@code line}, {@code grid}, {@code tree[=K]} or
     * {@code regular[=K]}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Topology parse(String text) {
        String trimmed = text.strip();
        int eq = trimmed.indexOf('=');
        String shape = eq < 0 ? trimmed : trimmed.substring(0, eq).strip();
        String value = eq < 0 ? null : trimmed.substring(eq + 1).strip();
        if (!SHAPES.contains(shape)) {
            throw new IllegalArgumentException("unknown topology \"" + text + "\" (known: complete, ring, line, grid, "
                    + "tree=K, regular=K)");
        }
        boolean takesK = shape.equals("tree") || shape.equals("regular");
        if (value != null && !takesK) {
            throw new IllegalArgumentException("topology " + shape + " takes no parameter, got \"" + text + "\"");
        }
        int k = 0;
        if (takesK) {
            k = shape.equals("tree") ? 2 : 4;
            if (value != null) {
                try {
                    k = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    k = 0;
                }
                if (k < 1) {
                    throw new IllegalArgumentException("topology " + shape + "=K needs a whole number K >= 1, got \""
                            + value + "\"");
                }
            }
        }
        return shape.equals("complete") ? COMPLETE : new Topology(shape, k);
    }

    public boolean complete() {
        return shape.equals("complete");
    }

    /** The graph over {@code group}. */
    public Graph graph(List<NodeId> group) {
        Graph graph = last.get();
        if (graph != null && graph.group() == group) {
            return graph;
        }
        if (graph != null && graph.group().equals(group)) {
            graph = graph.over(group);
        } else {
            graph = new Graph(group, complete() ? null : adjacency(group.size()));
        }
        last.set(graph);
        return graph;
    }

    /**
     * The topology as a history's header records it: {@code {"name": "ring", "neighbours": {"n1":
     * ["n2", "n5"], …}}}, the neighbours left out for the complete graph. Checkers read it.
     */
    public Map<String, Object> describe(List<String> names) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", toString());
        if (!complete()) {
            Graph graph = graph(names.stream().map(NodeId::new).toList());
            Map<String, List<String>> neighbours = new LinkedHashMap<>();
            for (int v = 0; v < names.size(); v++) {
                List<String> peers = new ArrayList<>();
                for (int u : graph.neighbours(v)) {
                    peers.add(names.get(u));
                }
                neighbours.put(names.get(v), peers);
            }
            json.put("neighbours", neighbours);
        }
        return json;
    }

    private int[][] adjacency(int n) {
        switch (shape) {
            case "ring":
                return ring(n, true);
            case "line":
                return ring(n, false);
            case "grid":
                return grid(n);
            case "tree":
                return tree(n, k);
            default:
                return regular(n, k);
        }
    }

    private static int[][] ring(int n, boolean closed) {
        List<Set<Integer>> edges = empty(n);
        for (int v = 0; v + 1 < n; v++) {
            link(edges, v, v + 1);
        }
        if (closed && n > 2) {
            link(edges, n - 1, 0);
        }
        return sorted(edges);
    }

    private static int[][] grid(int n) {
        int width = (int) Math.ceil(Math.sqrt(n));
        List<Set<Integer>> edges = empty(n);
        for (int v = 0; v < n; v++) {
            if ((v + 1) % width != 0 && v + 1 < n) {
                link(edges, v, v + 1);
            }
            if (v + width < n) {
                link(edges, v, v + width);
            }
        }
        return sorted(edges);
    }

    private static int[][] tree(int n, int arity) {
        List<Set<Integer>> edges = empty(n);
        for (int v = 1; v < n; v++) {
            link(edges, v, (v - 1) / arity);
        }
        return sorted(edges);
    }

    /**
     * A random k-regular graph by Steger and Wormald's pairing (1999): join two random free
     * half-edges of different vertices not yet adjacent, until none are left; start over in the
     * rare case that the last free half-edges can no longer be joined.
     */
    private static int[][] regular(int n, int k) {
        if (k >= n) {
            throw new IllegalArgumentException("topology regular=" + k + " needs more than " + k + " nodes, got " + n);
        }
        if ((long) n * k % 2 != 0) {
            throw new IllegalArgumentException("topology regular=" + k + " on " + n
                    + " nodes is impossible: n x K must be even");
        }
        SplittableRandom random = new SplittableRandom(REGULAR_SEED ^ ((long) n << 20) ^ k);
        while (true) {
            int[][] graph = pairing(n, k, random);
            if (graph != null) {
                return graph;
            }
        }
    }

    private static int[][] pairing(int n, int k, SplittableRandom random) {
        int[] free = new int[n * k];
        for (int p = 0; p < free.length; p++) {
            free[p] = p / k;
        }
        List<Set<Integer>> edges = empty(n);
        int left = free.length;
        int failures = 0;
        while (left > 0) {
            int a = random.nextInt(left);
            int b = random.nextInt(left);
            int u = free[a];
            int v = free[b];
            if (u != v && !edges.get(u).contains(v)) {
                link(edges, u, v);
                free[Math.max(a, b)] = free[--left];
                free[Math.min(a, b)] = free[--left];
                failures = 0;
            } else if (++failures > 100) {
                if (!joinable(free, left, edges)) {
                    return null;
                }
                failures = 0;
            }
        }
        return sorted(edges);
    }

    private static boolean joinable(int[] free, int left, List<Set<Integer>> edges) {
        for (int a = 0; a < left; a++) {
            for (int b = a + 1; b < left; b++) {
                if (free[a] != free[b] && !edges.get(free[a]).contains(free[b])) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Set<Integer>> empty(int n) {
        List<Set<Integer>> edges = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            edges.add(new HashSet<>());
        }
        return edges;
    }

    private static void link(List<Set<Integer>> edges, int u, int v) {
        edges.get(u).add(v);
        edges.get(v).add(u);
    }

    private static int[][] sorted(List<Set<Integer>> edges) {
        int[][] adjacency = new int[edges.size()][];
        for (int v = 0; v < adjacency.length; v++) {
            adjacency[v] = edges.get(v).stream().mapToInt(Integer::intValue).toArray();
            Arrays.sort(adjacency[v]);
        }
        return adjacency;
    }

    /** The command-line form: {@code complete}, {@code ring}, {@code tree=3}, {@code regular=4}. */
    @Override
    public String toString() {
        return shape.equals("tree") || shape.equals("regular") ? shape + "=" + k : shape;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Topology t && t.shape.equals(shape) && t.k == k;
    }

    @Override
    public int hashCode() {
        return Objects.hash(shape, k);
    }
}
