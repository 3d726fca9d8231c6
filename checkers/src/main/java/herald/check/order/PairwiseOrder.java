package herald.check.order;

import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
import herald.history.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Total order, regular or uniform, judged in two passes.
 *
 * <p>Pairwise: for every two processes p and q, walk p's deliveries and look each message up in
 * q's; q's positions must rise. A message q delivered before one p delivered earlier is one
 * violation, citing the two messages and the four deliveries. That costs O(n² · m) for n
 * processes and m messages, with no sorting and no set of pairs.
 *
 * <p>As a whole: if every pair agrees but the precedence graph still has a cycle, no single order
 * fits all the processes, and each such group of messages is one more violation, told as the
 * cycle. A cycle that a pairwise violation already explains is not told twice.
 */
final class PairwiseOrder {

    private final String property;
    private final boolean uniform;

    PairwiseOrder(String property, boolean uniform) {
        this.property = property;
        this.uniform = uniform;
    }

    Outcome check(History history) {
        Findings findings = new Findings(property);
        DeliverySequences sequences = new DeliverySequences(history, uniform);
        OrderCycles cycles = new OrderCycles(sequences);
        boolean[] explained = new boolean[history.messageCount()];
        int n = sequences.nodes();
        for (int p = 0; p < n; p++) {
            for (int q = p + 1; q < n; q++) {
                if (sequences.counted(p) && sequences.counted(q)) {
                    compare(sequences, p, q, findings, cycles, explained);
                }
            }
        }
        for (int start : cycles.tangled()) {
            if (!explained[cycles.component(start)]) {
                findings.add(() -> cycle(sequences, cycles.cycleThrough(start)));
            }
        }
        return findings.outcome();
    }

    private void compare(DeliverySequences sequences, int p, int q, Findings findings, OrderCycles cycles,
            boolean[] explained) {
        int highest = -1;
        int ahead = -1;
        for (int m : sequences.sequence(p)) {
            int r = sequences.rank(q, m);
            if (r < 0) {
                continue;
            }
            if (r > highest) {
                highest = r;
                ahead = m;
                continue;
            }
            explained[cycles.component(m)] = true;
            int first = ahead;
            findings.add(() -> pair(sequences, p, q, first, m));
        }
    }

    private String prefix() {
        return (uniform ? "uniform total order" : "total order") + " violated: ";
    }

    /** {@code p} delivered {@code a} before {@code b}; {@code q} delivered {@code b} before {@code a}. */
    private Violation pair(DeliverySequences s, int p, int q, int a, int b) {
        History h = s.history();
        String ma = Names.told(h.message(a));
        String mb = Names.told(h.message(b));
        String sentence = prefix() + s.describe(p) + " delivered " + ma + " (#" + s.position(p, a)
                + ") before " + mb + " (#" + s.position(p, b) + "), but " + s.describe(q) + " delivered "
                + mb + " (#" + s.position(q, b) + ") before " + ma + " (#" + s.position(q, a)
                + ")";
        TreeSet<Integer> events = new TreeSet<>(List.of(s.position(p, a), s.position(p, b), s.position(q, a),
                s.position(q, b)));
        return new Violation(property, sentence, List.of(h.node(p), h.node(q)), List.of(h.message(a), h.message(b)),
                new ArrayList<>(events));
    }

    private Violation cycle(DeliverySequences s, List<OrderCycles.Edge> edges) {
        History h = s.history();
        List<OrderCycles.Edge> told = merged(edges);
        List<String> parts = new ArrayList<>();
        TreeSet<String> nodes = new TreeSet<>();
        List<String> messages = new ArrayList<>();
        TreeSet<Integer> events = new TreeSet<>();
        for (OrderCycles.Edge e : told) {
            int from = s.position(e.process(), e.from());
            int to = s.position(e.process(), e.to());
            parts.add(s.describe(e.process()) + " delivered " + Names.told(h.message(e.from())) + " (#" + from + ") before "
                    + Names.told(h.message(e.to())) + " (#" + to + ")");
            nodes.add(h.node(e.process()));
            messages.add(h.message(e.from()));
            events.add(from);
            events.add(to);
        }
        String last = parts.remove(parts.size() - 1);
        String sentence = prefix() + "no single order fits every process's deliveries, though every two processes"
                + " agree: " + String.join(", ", parts) + " and " + last;
        return new Violation(property, sentence, new ArrayList<>(nodes), messages, new ArrayList<>(events));
    }

    /** The cycle with each process's consecutive edges told as one: p delivered a before c. */
    private static List<OrderCycles.Edge> merged(List<OrderCycles.Edge> edges) {
        List<OrderCycles.Edge> merged = new ArrayList<>();
        for (OrderCycles.Edge e : edges) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).process() == e.process()) {
                merged.set(last, new OrderCycles.Edge(e.process(), merged.get(last).from(), e.to()));
            } else {
                merged.add(e);
            }
        }
        int last = merged.size() - 1;
        if (last > 0 && merged.get(0).process() == merged.get(last).process()) {
            merged.set(0, new OrderCycles.Edge(merged.get(0).process(), merged.get(last).from(), merged.get(0).to()));
            merged.remove(last);
        }
        return merged;
    }
}
