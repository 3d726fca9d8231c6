package herald.check.order;

import herald.history.History;
import herald.history.Names;
import herald.history.IntList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Why {@code m1 → m2}: the chain of steps "process broadcast or delivered x before it broadcast
 * y" that leads from {@code m1} to {@code m2}, found from the vector clocks only when a violation
 * is told.
 */
final class CausalChain {

    /** Chains longer than this are told by their ends. */
    private static final int TOLD = 6;

    /**
     * One link of the chain: {@code process} broadcast ({@code own}) or delivered {@code earlier}
     * at {@code position}, before it broadcast {@code later} at {@code laterPosition}.
     */
    record Step(int process, int position, boolean own, int earlier, int later, int laterPosition) {
    }

    private CausalChain() {
    }

    /**
     * The steps from {@code m1} to {@code m2}, in order. Going back from {@code m2}, each step
     * picks, among what its broadcaster had broadcast or delivered before, {@code m1} itself when
     * it is there, else the message with {@code m1} in its past that was broadcast first. In a
     * history where every delivery follows its broadcast that never leads astray; where one does
     * not, a step may lead to a message already tried, and the walk backs up and picks the next.
     */
    static List<Step> explain(History history, Broadcasts broadcasts, int[] past, int m1, int m2) {
        Deque<Step> steps = new ArrayDeque<>();
        BitSet tried = new BitSet();
        tried.set(m2);
        int current = m2;
        while (current != m1) {
            Step step = back(history, broadcasts, past, m1, current, tried);
            if (step != null) {
                tried.set(step.earlier());
                steps.push(step);
                current = step.earlier();
            } else if (!steps.isEmpty()) {
                current = steps.pop().later();
            } else {
                throw new IllegalStateException("no causal chain from " + Names.told(history.message(m1)) + " to "
                        + Names.told(history.message(m2)) + ": the clocks disagree with the history");
            }
        }
        return new ArrayList<>(steps);
    }

    /** The step that leads back from {@code current} towards {@code m1}, or null when none is left to try. */
    private static Step back(History history, Broadcasts broadcasts, int[] past, int m1, int current, BitSet tried) {
        int n = history.nodeCount();
        int s1 = broadcasts.sender(m1);
        int r1 = broadcasts.rank(m1);
        int bi = history.broadcastOf(current);
        int b = history.nodeAt(bi);
        IntList mine = history.eventsOf(b);
        Step best = null;
        for (int j = 0; j < mine.size() && mine.get(j) < bi; j++) {
            int e = mine.get(j);
            int c = history.messageAt(e);
            if (c < 0 || tried.get(c) && c != m1) {
                continue;
            }
            int cb = history.broadcastOf(c);
            if (cb < 0 || past[c * n + s1] <= r1) {
                continue;
            }
            Step step = new Step(b, e, cb == e, c, current, bi);
            if (c == m1) {
                return step;
            }
            if (best == null || cb < history.broadcastOf(best.earlier())) {
                best = step;
            }
        }
        return best;
    }

    /** "n2 delivered m7 (#41) before it broadcast m9 (#44), and …"; a long chain by its ends. */
    static String tell(History history, List<Step> chain) {
        List<String> parts = new ArrayList<>();
        for (Step step : told(chain)) {
            if (step == null) {
                parts.add("… " + (chain.size() - TOLD + 1) + " more steps …");
                continue;
            }
            parts.add(history.node(step.process()) + (step.own() ? " broadcast " : " delivered ")
                    + Names.told(history.message(step.earlier())) + " (#" + step.position() + ") before it broadcast "
                    + Names.told(history.message(step.later())) + " (#" + step.laterPosition() + ")");
        }
        return String.join(", and ", parts);
    }

    /** The events the told steps cite. */
    static List<Integer> events(List<Step> chain) {
        List<Integer> events = new ArrayList<>();
        for (Step step : told(chain)) {
            if (step != null) {
                events.add(step.position());
                events.add(step.laterPosition());
            }
        }
        return events;
    }

    /** The chain itself when short, else its first steps, a null for the gap, and its last two. */
    private static List<Step> told(List<Step> chain) {
        if (chain.size() <= TOLD) {
            return chain;
        }
        List<Step> told = new ArrayList<>(chain.subList(0, TOLD - 3));
        told.add(null);
        told.addAll(chain.subList(chain.size() - 2, chain.size()));
        return told;
    }
}
