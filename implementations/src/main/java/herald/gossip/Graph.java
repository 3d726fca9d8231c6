package herald.gossip;

import herald.history.NodeId;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Who may gossip with whom: a {@link Topology} laid over one group. Immutable, and shared by every
 * node of a run, so that a group of 10,000 nodes builds it once.
 *
 * <p>Vertices are the group's positions ({@code 0} for the first node). The complete graph keeps
 * no adjacency at all: a peer is any other node.
 */
public final class Graph {

    private final List<NodeId> group;
    private final Map<NodeId, Integer> index;
    private final int[][] adjacency;

    /**
     * @param group the nodes, in the group's order
     * @param adjacency each vertex's neighbours, or null for the complete graph
     */
    Graph(List<NodeId> group, int[][] adjacency) {
        this.group = group;
        this.adjacency = adjacency;
        this.index = new HashMap<>(group.size() * 2);
        for (int v = 0; v < group.size(); v++) {
            index.put(group.get(v), v);
        }
    }

    /** The same graph over an equal group given as another list, so later lookups find it by identity. */
    Graph over(List<NodeId> sameGroup) {
        return new Graph(sameGroup, adjacency);
    }

    /** The group this graph was laid over (the very list the runtime gave). */
    public List<NodeId> group() {
        return group;
    }

    public int size() {
        return group.size();
    }

    public boolean complete() {
        return adjacency == null;
    }

    /** The position of {@code node} in the group; an exception when it is not in it. */
    public int indexOf(NodeId node) {
        Integer v = index.get(node);
        if (v == null) {
            throw new IllegalArgumentException(node + " is not in the group");
        }
        return v;
    }

    public NodeId node(int v) {
        return group.get(v);
    }

    public int degree(int v) {
        return adjacency == null ? group.size() - 1 : adjacency[v].length;
    }

    /** The neighbours of {@code v}, in increasing order. */
    public int[] neighbours(int v) {
        if (adjacency != null) {
            return adjacency[v].clone();
        }
        int[] all = new int[group.size() - 1];
        for (int u = 0, j = 0; u < group.size(); u++) {
            if (u != v) {
                all[j++] = u;
            }
        }
        return all;
    }

    /**
     * {@code count} distinct neighbours of {@code v} chosen uniformly at random (all of them when
     * it has no more), in the order drawn.
     */
    public int[] pick(int v, int count, Random random) {
        int degree = degree(v);
        int wanted = Math.min(count, degree);
        int[] chosen = new int[wanted];
        if (adjacency != null && wanted * 2 > degree) {
            int[] pool = adjacency[v].clone();
            for (int j = 0; j < wanted; j++) {
                int r = j + random.nextInt(degree - j);
                int swap = pool[r];
                pool[r] = pool[j];
                pool[j] = swap;
                chosen[j] = swap;
            }
            return chosen;
        }
        // Few of many: draw and redraw on a repeat, which costs O(1) per pick on the complete graph.
        for (int j = 0; j < wanted; j++) {
            int u;
            do {
                u = draw(v, degree, random);
            } while (contains(chosen, j, u));
            chosen[j] = u;
        }
        return chosen;
    }

    private int draw(int v, int degree, Random random) {
        if (adjacency != null) {
            return adjacency[v][random.nextInt(degree)];
        }
        int u = random.nextInt(degree);
        return u >= v ? u + 1 : u;
    }

    private static boolean contains(int[] values, int length, int value) {
        for (int j = 0; j < length; j++) {
            if (values[j] == value) {
                return true;
            }
        }
        return false;
    }

    /** The most hops from node {@code v} to any node it can reach: at least half the diameter. */
    public int eccentricity(int v) {
        int n = group.size();
        if (n <= 1 || adjacency == null) {
            return n <= 1 ? 0 : 1;
        }
        int[] hops = new int[n];
        java.util.Arrays.fill(hops, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(v);
        hops[v] = 0;
        int most = 0;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int w : adjacency[u]) {
                if (hops[w] < 0) {
                    hops[w] = hops[u] + 1;
                    most = Math.max(most, hops[w]);
                    queue.add(w);
                }
            }
        }
        return most;
    }

    /** Whether every node can reach every other along edges. */
    public boolean connected() {
        int n = group.size();
        if (n <= 1 || adjacency == null) {
            return true;
        }
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int reached = 1;
        while (!queue.isEmpty()) {
            for (int u : adjacency[queue.poll()]) {
                if (!seen[u]) {
                    seen[u] = true;
                    reached++;
                    queue.add(u);
                }
            }
        }
        return reached == n;
    }
}
