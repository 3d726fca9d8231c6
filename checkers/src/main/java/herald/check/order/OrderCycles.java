package herald.check.order;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The precedence graph of the deliveries: an edge {@code a → b} when some process delivered
 * {@code b} right after {@code a}. A single order that fits every process exists exactly when
 * this graph has no cycle; its strongly connected components (Tarjan's algorithm, without
 * recursion so a long history cannot overflow the stack) are the groups of messages no order can
 * fit.
 */
final class OrderCycles {

    /** One edge of a cycle: {@code process} delivered {@code to} after {@code from}. */
    record Edge(int process, int from, int to) {
    }

    private final DeliverySequences sequences;
    private final int[] component;
    private final List<Integer> tangled = new ArrayList<>();

    OrderCycles(DeliverySequences sequences) {
        this.sequences = sequences;
        this.component = new int[sequences.messages()];
        Arrays.fill(component, -1);
        strongComponents();
    }

    /** The component of message {@code m}. */
    int component(int m) {
        return component[m];
    }

    /** One message of each component of two or more messages, in the order they were found. */
    List<Integer> tangled() {
        return Collections.unmodifiableList(tangled);
    }

    /** A shortest cycle through {@code start} within its component, as the edges that make it. */
    List<Edge> cycleThrough(int start) {
        int messages = sequences.messages();
        int[] parent = new int[messages];
        int[] via = new int[messages];
        Arrays.fill(parent, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int p = 0; p < sequences.nodes(); p++) {
                int w = sequences.counted(p) ? sequences.next(p, v) : -1;
                if (w < 0 || component[w] != component[start]) {
                    continue;
                }
                if (w == start) {
                    List<Edge> cycle = new ArrayList<>(List.of(new Edge(p, v, start)));
                    for (int x = v; x != start; x = parent[x]) {
                        cycle.add(new Edge(via[x], parent[x], x));
                    }
                    Collections.reverse(cycle);
                    return cycle;
                }
                if (parent[w] < 0) {
                    parent[w] = v;
                    via[w] = p;
                    queue.add(w);
                }
            }
        }
        throw new IllegalStateException("message " + start + " is on no cycle");
    }

    private void strongComponents() {
        int messages = sequences.messages();
        int[] index = new int[messages];
        int[] low = new int[messages];
        boolean[] onStack = new boolean[messages];
        Arrays.fill(index, -1);
        int[] stack = new int[messages];
        int[] callNode = new int[messages];
        int[] callEdge = new int[messages];
        int top = 0;
        int depth = 0;
        int counter = 0;
        int components = 0;
        for (int root = 0; root < messages; root++) {
            if (index[root] >= 0) {
                continue;
            }
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            callNode[0] = root;
            callEdge[0] = 0;
            depth = 1;
            while (depth > 0) {
                int v = callNode[depth - 1];
                int w = -1;
                int p = callEdge[depth - 1];
                while (p < sequences.nodes() && w < 0) {
                    w = sequences.counted(p) ? sequences.next(p, v) : -1;
                    p++;
                }
                callEdge[depth - 1] = p;
                if (w >= 0) {
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                        depth++;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) {
                    int parent = callNode[depth - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int size = 0;
                    int x;
                    do {
                        x = stack[--top];
                        onStack[x] = false;
                        component[x] = components;
                        size++;
                    } while (x != v);
                    if (size > 1) {
                        tangled.add(v);
                    }
                    components++;
                }
            }
        }
    }
}
