package herald.check.order;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
import herald.history.IntList;
import herald.history.Names;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Causal order: if {@code m1 → m2}, no process delivers {@code m2} unless it has already
 * delivered {@code m1}. Here {@code m1 → m2} when whoever broadcast {@code m2} had, before that
 * broadcast, broadcast {@code m1} itself or delivered it, or transitively so.
 *
 * <p>Each broadcast's past is a vector clock: entry {@code s} is how many of {@code s}'s
 * broadcasts are in it (see {@link #pasts}). The history is then read in order to check each first
 * delivery against its message's past: for every sender, the process must have delivered at least
 * that many of its first broadcasts. That is O(n) per event for n processes, however many
 * messages there are. A delivery before the message's broadcast (a no creation violation) is held
 * to the past the broadcast gets, and puts the message in the past of what the deliverer
 * broadcasts next.
 *
 * <p>One violation per first delivery that comes too early. The sentence names the missing
 * message that was broadcast first, tells the chain of broadcasts and deliveries that put it
 * before the delivered one, and says whether the process delivered it later or never.
 */
public final class CausalOrder implements Checker {

    @Override
    public boolean safety() {
        return true;
    }

    @Override
    public String property() {
        return "causal-order";
    }

    @Override
    public Outcome check(History history) {
        Findings findings = new Findings(property());
        int n = history.nodeCount();
        Broadcasts broadcasts = new Broadcasts(history);
        DeliveredPrefixes delivered = new DeliveredPrefixes(broadcasts, n);
        int[] past = pasts(history, broadcasts, n);
        for (int i = 0; i < history.size(); i++) {
            int m = history.messageAt(i);
            if (m < 0 || history.broadcastOf(m) == i) {
                continue;
            }
            int p = history.nodeAt(i);
            if (history.broadcastOf(m) >= 0 && !delivered.has(p, m)) {
                int missing = firstMissing(history, broadcasts, delivered, past, n, p, m);
                if (missing >= 0) {
                    int at = i;
                    findings.add(() -> violation(history, broadcasts, past, p, missing, m, at));
                }
            }
            delivered.add(p, m);
        }
        return findings.outcome();
    }

    /**
     * Each broadcast message's causal past, as a vector clock: entry {@code s} is how many of
     * {@code s}'s broadcasts happened before it (itself included). A broadcast's past joins its own
     * place in its sender's order, the past of its sender's previous broadcast, and the pasts of
     * what its sender delivered since: a graph of broadcasts, read once. A delivery made before its
     * message's broadcast (a no creation violation) can close a cycle in it, whose messages then
     * share one past; so the graph's strongly connected components (Tarjan's, without recursion)
     * are joined in the order they complete, each after every one it depends on. That is
     * O((events + messages) · n) for n processes, however the deliveries are tangled.
     */
    private static int[] pasts(History history, Broadcasts broadcasts, int n) {
        int messages = history.messageCount();
        int[] past = Table.of(messages, n, "a vector clock for each message");
        IntList[] dependsOn = dependencies(history, n);
        int[] index = new int[messages];
        int[] low = new int[messages];
        boolean[] onStack = new boolean[messages];
        Arrays.fill(index, -1);
        int[] stack = new int[messages];
        int[] path = new int[messages];
        int[] edge = new int[messages];
        int[] component = new int[messages];
        int top = 0;
        int counter = 0;
        int[] join = new int[n];
        for (int root = 0; root < messages; root++) {
            if (dependsOn[root] == null || index[root] >= 0) {
                continue;
            }
            int depth = 0;
            index[root] = low[root] = counter++;
            stack[top++] = root;
            onStack[root] = true;
            path[depth] = root;
            edge[depth++] = 0;
            while (depth > 0) {
                int v = path[depth - 1];
                if (edge[depth - 1] < dependsOn[v].size()) {
                    int w = dependsOn[v].get(edge[depth - 1]++);
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[top++] = w;
                        onStack[w] = true;
                        path[depth] = w;
                        edge[depth++] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                depth--;
                if (depth > 0) {
                    low[path[depth - 1]] = Math.min(low[path[depth - 1]], low[v]);
                }
                if (low[v] != index[v]) {
                    continue;
                }
                // v's component is complete, and so is every component it depends on: join them.
                int first = top;
                do {
                    first--;
                    onStack[stack[first]] = false;
                    component[stack[first]] = v;
                } while (stack[first] != v);
                Arrays.fill(join, 0);
                for (int k = first; k < top; k++) {
                    int m = stack[k];
                    join[broadcasts.sender(m)] = Math.max(join[broadcasts.sender(m)], broadcasts.rank(m) + 1);
                    IntList deps = dependsOn[m];
                    for (int j = 0; j < deps.size(); j++) {
                        int d = deps.get(j);
                        if (component[d] != v) {           // a component it depends on, complete
                            for (int s = 0; s < n; s++) {
                                join[s] = Math.max(join[s], past[d * n + s]);
                            }
                        }
                    }
                }
                for (int k = first; k < top; k++) {
                    System.arraycopy(join, 0, past, stack[k] * n, n);
                }
                top = first;
            }
        }
        return past;
    }

    /**
     * For each broadcast message, the broadcast messages its past is joined from: its sender's
     * previous broadcast, and every one its sender delivered since; null for a message nobody
     * broadcast.
     */
    private static IntList[] dependencies(History history, int n) {
        IntList[] dependsOn = new IntList[history.messageCount()];
        int[] previous = new int[n];
        Arrays.fill(previous, -1);
        IntList[] since = new IntList[n];
        for (int k = 0; k < n; k++) {
            since[k] = new IntList();
        }
        for (int i = 0; i < history.size(); i++) {
            int m = history.messageAt(i);
            int b = m < 0 ? -1 : history.broadcastOf(m);
            if (b < 0) {
                continue;
            }
            int p = history.nodeAt(i);
            if (b == i) {
                if (previous[p] >= 0) {
                    since[p].add(previous[p]);
                }
                dependsOn[m] = since[p];
                since[p] = new IntList();
                previous[p] = m;
            } else {
                since[p].add(m);
            }
        }
        return dependsOn;
    }

    /**
     * Of the messages in {@code m}'s past that {@code p} has not delivered, the one broadcast
     * first; -1 when there is none.
     */
    private static int firstMissing(History history, Broadcasts broadcasts, DeliveredPrefixes delivered,
            int[] past, int n, int p, int m) {
        int sender = broadcasts.sender(m);
        int missing = -1;
        for (int s = 0; s < n; s++) {
            int candidate = s == sender ? missingOfItsSender(broadcasts, delivered, past[m * n + s], p, m)
                    : delivered.prefix(p, s) < past[m * n + s] ? broadcasts.message(s, delivered.prefix(p, s)) : -1;
            if (candidate >= 0 && (missing < 0 || history.broadcastOf(candidate) < history.broadcastOf(missing))) {
                missing = candidate;
            }
        }
        return missing;
    }

    /**
     * Of the first {@code needed} broadcasts of {@code m}'s sender, the first that {@code p} has not
     * delivered, {@code m} itself aside, or -1. Its past holds the broadcasts before it and, where its
     * sender delivered a later one of its own before broadcasting it (a no creation violation), that
     * one too.
     */
    private static int missingOfItsSender(Broadcasts broadcasts, DeliveredPrefixes delivered, int needed, int p,
            int m) {
        int s = broadcasts.sender(m);
        int rank = broadcasts.rank(m);
        int has = delivered.prefix(p, s);
        if (has < Math.min(needed, rank)) {
            return broadcasts.message(s, has);
        }
        for (int r = rank + 1; r < needed; r++) {
            if (!delivered.has(p, broadcasts.message(s, r))) {
                return broadcasts.message(s, r);
            }
        }
        return -1;
    }

    private Violation violation(History history, Broadcasts broadcasts, int[] past, int p, int m1, int m2, int at) {
        List<CausalChain.Step> chain = CausalChain.explain(history, broadcasts, past, m1, m2);
        String who = history.node(p);
        String a = history.message(m1);
        String b = history.message(m2);
        int later = Deliveries.after(history, p, m1, at);
        TreeSet<Integer> events = new TreeSet<>(CausalChain.events(chain));
        events.add(at);
        if (later >= 0) {
            events.add(later);
        }
        TreeSet<String> nodes = new TreeSet<>();
        nodes.add(who);
        chain.forEach(step -> nodes.add(history.node(step.process())));
        String sentence = "causal order violated at " + who + ": " + Names.told(a) + " → " + Names.told(b) + " because "
                + CausalChain.tell(history, chain) + "; " + who + " delivered " + Names.told(b) + " (#" + at
                + ") and had not delivered " + Names.told(a) + " (" + Deliveries.laterOrNever(later) + ")";
        return new Violation(property(), sentence, new ArrayList<>(nodes), List.of(a, b), new ArrayList<>(events));
    }
}
