package herald.check;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.broadcast.Agreement;
import herald.check.broadcast.NoCreation;
import herald.check.broadcast.NoDuplication;
import herald.check.broadcast.UniformAgreement;
import herald.check.order.CausalOrder;
import herald.check.order.FifoOrder;
import herald.check.order.TotalOrder;
import herald.check.order.UniformTotalOrder;
import herald.history.Event;
import herald.history.History;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The checkers against a brute-force oracle written from PROPERTIES.md alone, on thousands of small
 * random histories (seeded) full of what real runs rarely make: duplicates, deliveries before their
 * broadcast or of messages nobody broadcast, wrong origins, crashes. The oracle is slow and plain on
 * purpose; where the two disagree, one of them misreads the definitions.
 */
class OracleTest {

    private static final int HISTORIES = 4_000;

    /** One random history: 2 to 4 processes, 1 to 5 messages, crash-stop, every event at random. */
    private static History random(SplittableRandom random) {
        int n = 2 + random.nextInt(3);
        String[] nodes = new String[n];
        for (int k = 0; k < n; k++) {
            nodes[k] = "n" + (k + 1);
        }
        int messages = 1 + random.nextInt(5);
        HistoryDsl h = HistoryDsl.history(nodes);
        Map<String, String> broadcaster = new HashMap<>();
        Set<String> crashed = new HashSet<>();
        int events = 3 + random.nextInt(14);
        for (int e = 0; e < events; e++) {
            String node = nodes[random.nextInt(n)];
            if (crashed.contains(node)) {
                continue;
            }
            String msg = "m" + (1 + random.nextInt(messages + 1));         // one more than is ever broadcast
            int what = random.nextInt(10);
            if (what < 3 && !broadcaster.containsKey(msg)) {
                broadcaster.put(msg, node);
                h.broadcast(node, msg, "v");
            } else if (what < 9) {
                String origin = broadcaster.containsKey(msg) && random.nextInt(8) > 0 ? broadcaster.get(msg)
                        : nodes[random.nextInt(n)];
                h.deliver(node, msg, origin, "v");
            } else if (crashed.size() + 1 < n) {
                crashed.add(node);
                h.crash(node);
            }
        }
        return h.end();
    }

    /** What the oracle reads of a history: each process's first deliveries in order, broadcasts, crashes. */
    private record Facts(List<String> nodes, Set<String> correct, Map<String, Integer> broadcastAt,
            Map<String, String> broadcaster, Map<String, Map<String, Integer>> firstDelivery,
            Map<String, List<String>> sequence, List<Event> events) {

        static Facts of(History h) {
            List<String> nodes = h.header().nodes();
            Set<String> correct = new HashSet<>(nodes);
            Map<String, Integer> broadcastAt = new HashMap<>();
            Map<String, String> broadcaster = new HashMap<>();
            Map<String, Map<String, Integer>> first = new HashMap<>();
            Map<String, List<String>> sequence = new HashMap<>();
            for (String node : nodes) {
                first.put(node, new HashMap<>());
                sequence.put(node, new ArrayList<>());
            }
            for (Event e : h.events()) {
                if (e instanceof Event.Crash c) {
                    correct.remove(c.node());
                } else if (e instanceof Event.Broadcast b) {
                    broadcastAt.put(b.msg(), b.i());
                    broadcaster.put(b.msg(), b.node());
                } else if (e instanceof Event.Deliver d && first.get(d.node()).putIfAbsent(d.msg(), d.i()) == null) {
                    sequence.get(d.node()).add(d.msg());
                }
            }
            return new Facts(nodes, correct, broadcastAt, broadcaster, first, sequence, h.events());
        }

        boolean deliveredBefore(String q, String m1, int at) {
            Integer i = firstDelivery.get(q).get(m1);
            return i != null && i < at;
        }
    }

    private static int noDuplication(Facts f) {
        Map<String, Integer> times = new HashMap<>();
        int extra = 0;
        for (Event e : f.events()) {
            if (e instanceof Event.Deliver d && times.merge(d.node() + " " + d.msg(), 1, Integer::sum) > 1) {
                extra++;
            }
        }
        return extra;
    }

    private static int noCreation(Facts f) {
        int bad = 0;
        for (Event e : f.events()) {
            if (e instanceof Event.Deliver d) {
                Integer b = f.broadcastAt().get(d.msg());
                if (b == null || b > d.i() || !f.broadcaster().get(d.msg()).equals(d.origin())) {
                    bad++;
                }
            }
        }
        return bad;
    }

    /** Agreement (uniform when {@code uniform}): pairs (message, correct process that never delivered it). */
    private static int agreement(Facts f, boolean uniform) {
        Set<String> delivered = new HashSet<>();
        f.firstDelivery().forEach((q, firsts) -> {
            if (uniform || f.correct().contains(q)) {
                delivered.addAll(firsts.keySet());
            }
        });
        int missing = 0;
        for (String m : delivered) {
            for (String q : f.correct()) {
                if (!f.firstDelivery().get(q).containsKey(m)) {
                    missing++;
                }
            }
        }
        return missing;
    }

    /** Order by a relation between broadcast messages: the first deliveries (q, m2) missing some m1 → m2 before. */
    private static int order(Facts f, Set<List<String>> before) {
        Set<String> bad = new HashSet<>();
        for (String q : f.nodes()) {
            f.firstDelivery().get(q).forEach((m2, at) -> {
                for (List<String> edge : before) {
                    if (edge.get(1).equals(m2) && !f.deliveredBefore(q, edge.get(0), at)) {
                        bad.add(q + " " + m2);
                    }
                }
            });
        }
        return bad.size();
    }

    /** FIFO: m1 → m2 when one process broadcast both, m1 first. */
    private static Set<List<String>> fifo(Facts f) {
        Set<List<String>> edges = new HashSet<>();
        f.broadcastAt().forEach((m1, b1) -> f.broadcastAt().forEach((m2, b2) -> {
            if (b1 < b2 && f.broadcaster().get(m1).equals(f.broadcaster().get(m2))) {
                edges.add(List.of(m1, m2));
            }
        }));
        return edges;
    }

    /**
     * Happens-before between broadcasts: m1 → m2 when m2's broadcaster broadcast or delivered m1
     * (a message someone broadcast) before broadcasting m2; transitively; never m → m.
     */
    private static Set<List<String>> causal(Facts f) {
        Set<List<String>> edges = new HashSet<>();
        f.broadcastAt().forEach((m2, b2) -> {
            for (Event e : f.events().subList(0, b2)) {
                String m1 = e instanceof Event.Broadcast b ? b.msg() : e instanceof Event.Deliver d ? d.msg() : null;
                String node = e instanceof Event.Broadcast b ? b.node() : e instanceof Event.Deliver d ? d.node() : null;
                if (m1 != null && node.equals(f.broadcaster().get(m2)) && f.broadcastAt().containsKey(m1)) {
                    edges.add(List.of(m1, m2));
                }
            }
        });
        for (boolean grew = true; grew; ) {
            grew = false;
            for (List<String> a : List.copyOf(edges)) {
                for (List<String> b : List.copyOf(edges)) {
                    if (a.get(1).equals(b.get(0)) && edges.add(List.of(a.get(0), b.get(1)))) {
                        grew = true;
                    }
                }
            }
        }
        edges.removeIf(edge -> edge.get(0).equals(edge.get(1)));
        return edges;
    }

    /** Total order among {@code among}: no two disagree, and one order fits them all. */
    private static boolean totalOrder(Facts f, Set<String> among) {
        Map<String, Set<String>> after = new LinkedHashMap<>();
        for (String q : among) {
            List<String> s = f.sequence().get(q);
            for (int i = 0; i < s.size(); i++) {
                for (int j = i + 1; j < s.size(); j++) {
                    after.computeIfAbsent(s.get(i), k -> new HashSet<>()).add(s.get(j));
                }
            }
        }
        Set<String> done = new HashSet<>();
        Set<String> onPath = new HashSet<>();
        for (String m : after.keySet()) {
            if (cycleFrom(m, after, done, onPath)) {
                return false;
            }
        }
        return true;
    }

    private static boolean cycleFrom(String m, Map<String, Set<String>> after, Set<String> done, Set<String> onPath) {
        if (onPath.contains(m)) {
            return true;
        }
        if (!done.add(m)) {
            return false;
        }
        onPath.add(m);
        for (String next : after.getOrDefault(m, Set.of())) {
            if (cycleFrom(next, after, done, onPath)) {
                return true;
            }
        }
        onPath.remove(m);
        return false;
    }

    @Test
    void theCheckersAgreeWithABruteForceOracleOnThousandsOfRandomHistories() {
        SplittableRandom random = new SplittableRandom(20261204);
        int violatedSomewhere = 0;
        for (int k = 0; k < HISTORIES; k++) {
            History h = random(random);
            Facts f = Facts.of(h);
            String where = "history " + k + ":\n" + h.events();
            assertThat(new NoDuplication().check(h).count()).as(where).isEqualTo(noDuplication(f));
            assertThat(new NoCreation().check(h).count()).as(where).isEqualTo(noCreation(f));
            assertThat(new Agreement().check(h).count()).as(where).isEqualTo(agreement(f, false));
            assertThat(new UniformAgreement().check(h).count()).as(where).isEqualTo(agreement(f, true));
            assertThat(new FifoOrder().check(h).count()).as(where).isEqualTo(order(f, fifo(f)));
            assertThat(new CausalOrder().check(h).count()).as(where).isEqualTo(order(f, causal(f)));
            assertThat(new TotalOrder().check(h).valid()).as(where).isEqualTo(totalOrder(f, f.correct()));
            assertThat(new UniformTotalOrder().check(h).valid()).as(where)
                    .isEqualTo(totalOrder(f, new HashSet<>(f.nodes())));
            violatedSomewhere += new CausalOrder().check(h).valid() ? 0 : 1;
        }
        assertThat(violatedSomewhere).as("the histories break causal order often enough to test it")
                .isGreaterThan(HISTORIES / 10);
    }
}
