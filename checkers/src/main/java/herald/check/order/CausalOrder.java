package herald.check.order;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.History;
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
 * <p>The history is read once, in order, with a vector clock per process: entry {@code s} is how
 * many of {@code s}'s broadcasts are in the process's causal past (everything it broadcast or
 * delivered, and their pasts). A broadcast takes a copy of its process's clock as its own past; a
 * delivery joins the message's past into the process's clock. It is read again to check each
 * first delivery against the message's past: for every sender, the process must have delivered
 * at least that many of its first broadcasts. That is O(n) per event for n processes, however
 * many messages there are. A delivery before the message's broadcast (a no creation violation)
 * is held to the past the broadcast later gets, and so is everything broadcast after it.
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
     * Each message's causal past, as a vector clock: entry {@code s} is how many of {@code s}'s
     * broadcasts happened before it (itself included). A broadcast takes its process's clock; a
     * delivery joins the message's past into its process's clock. One pass suffices when every
     * delivery follows its broadcast; a delivery before it (which no creation reports) joins a past
     * not yet known, so the pass is repeated until no past grows.
     */
    private static int[] pasts(History history, Broadcasts broadcasts, int n) {
        int[] past = Table.of(history.messageCount(), n, "a vector clock for each message");
        int[] clock = Table.of(n, n, "a vector clock for each process");
        boolean grew = true;
        boolean early = false;
        while (grew) {
            grew = false;
            Arrays.fill(clock, 0);
            for (int i = 0; i < history.size(); i++) {
                int m = history.messageAt(i);
                int b = m < 0 ? -1 : history.broadcastOf(m);
                if (b < 0) {
                    continue;
                }
                int p = history.nodeAt(i);
                if (b == i) {
                    // Its own later broadcasts are in its past already when it delivered one before broadcasting it.
                    clock[p * n + p] = Math.max(clock[p * n + p], broadcasts.rank(m) + 1);
                    for (int s = 0; s < n; s++) {
                        if (clock[p * n + s] > past[m * n + s]) {
                            past[m * n + s] = clock[p * n + s];
                            grew = true;
                        }
                    }
                    continue;
                }
                early |= b > i;
                for (int s = 0; s < n; s++) {
                    clock[p * n + s] = Math.max(clock[p * n + s], past[m * n + s]);
                }
            }
            grew &= early;
        }
        return past;
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
    private static int missingOfItsSender(Broadcasts broadcasts, DeliveredPrefixes delivered, int needed, int p, int m) {
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
