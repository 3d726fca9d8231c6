package herald.check.gossip;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.History;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Who can still reach whom once the faults have stopped: the gossip topology from the history's
 * header, cut down to the correct processes, and its connected components.
 */
final class Connections {

    private final History history;
    private final boolean[] correct;
    /** Each process's neighbours, or null for the complete graph. */
    private final List<TreeSet<Integer>> neighbours;
    private final int[] component;
    private final int components;
    private final List<String> problems;

    private Connections(History history, List<TreeSet<Integer>> neighbours, List<String> problems) {
        this.history = history;
        this.neighbours = neighbours;
        this.problems = List.copyOf(problems);
        int n = history.nodeCount();
        this.correct = new boolean[n];
        for (int k = 0; k < n; k++) {
            correct[k] = history.correct(k);
        }
        this.component = new int[n];
        Arrays.fill(component, -1);
        int found = 0;
        for (int k = 0; k < n; k++) {
            if (correct[k] && component[k] < 0) {
                if (neighbours == null) {
                    component[k] = 0;
                    found = 1;
                } else {
                    label(k, found++);
                }
            }
        }
        this.components = Math.max(found, 1);
    }

    /** Reads the topology the header records; the complete graph when it records none. */
    static Connections of(History history) {
        JsonNode topology = history.header().provenance().get("topology");
        List<String> problems = new ArrayList<>();
        if (topology == null || topology.isNull()) {
            return new Connections(history, null, problems);
        }
        JsonNode listed = topology.isObject() ? topology.get("neighbours") : null;
        if (listed == null || !listed.isObject()) {
            String name = topology.isObject() ? topology.path("name").asText("") : "";
            if (!name.equals("complete")) {
                problems.add("the header's topology " + topology + " lists no neighbours; judged as the complete graph");
            }
            return new Connections(history, null, problems);
        }
        List<TreeSet<Integer>> neighbours = new ArrayList<>();
        for (int k = 0; k < history.nodeCount(); k++) {
            neighbours.add(new TreeSet<>());
        }
        for (Map.Entry<String, JsonNode> entry : listed.properties()) {
            int v = known(history, entry.getKey(), problems);
            for (JsonNode peer : entry.getValue()) {
                int u = known(history, peer.asText(), problems);
                if (v >= 0 && u >= 0 && u != v) {
                    neighbours.get(v).add(u);
                    neighbours.get(u).add(v);
                }
            }
        }
        return new Connections(history, neighbours, problems);
    }

    private static int known(History history, String name, List<String> problems) {
        int k = history.nodeIndex(name);
        if (k < 0) {
            problems.add("the header's topology names " + name + ", which is not in the group; ignored");
        }
        return k;
    }

    private void label(int start, int label) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        component[start] = label;
        queue.add(start);
        while (!queue.isEmpty()) {
            for (int u : adjacent(queue.poll())) {
                if (component[u] < 0) {
                    component[u] = label;
                    queue.add(u);
                }
            }
        }
    }

    /** The correct neighbours of {@code v}. */
    private List<Integer> adjacent(int v) {
        List<Integer> out = new ArrayList<>();
        if (neighbours == null) {
            for (int u = 0; u < correct.length; u++) {
                if (u != v && correct[u]) {
                    out.add(u);
                }
            }
        } else {
            for (int u : neighbours.get(v)) {
                if (correct[u]) {
                    out.add(u);
                }
            }
        }
        return out;
    }

    boolean correct(int k) {
        return correct[k];
    }

    /** The component of a correct process; -1 for one that is not correct. */
    int component(int k) {
        return component[k];
    }

    int components() {
        return components;
    }

    /** What was wrong with the header's topology, as sentences. */
    List<String> problems() {
        return problems;
    }

    /** A shortest path from {@code from} to {@code to} through correct processes, both ends included. */
    List<Integer> path(int from, int to) {
        if (neighbours == null) {
            return List.of(from, to);
        }
        int[] previous = new int[correct.length];
        Arrays.fill(previous, -1);
        previous[from] = from;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty() && previous[to] < 0) {
            int v = queue.poll();
            for (int u : adjacent(v)) {
                if (previous[u] < 0) {
                    previous[u] = v;
                    queue.add(u);
                }
            }
        }
        List<Integer> path = new ArrayList<>();
        for (int v = to; v != from; v = previous[v]) {
            path.add(v);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }

    @Override
    public String toString() {
        return history.nodeCount() + " processes in " + components + " components";
    }
}
