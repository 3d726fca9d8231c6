package herald.check.order;

import herald.history.History;
import herald.history.Names;
import herald.history.IntList;
import java.util.ArrayList;
import java.util.Collections;
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
     * picks, among what its broadcaster had broadcast or delivered before, the message with
     * {@code m1} in its past that was broadcast first: {@code m1} itself when it is there.
     */
    static List<Step> explain(History history, Broadcasts broadcasts, int[] past, int m1, int m2) {
        int n = history.nodeCount();
        int s1 = broadcasts.sender(m1);
        int r1 = broadcasts.rank(m1);
        List<Step> steps = new ArrayList<>();
        int current = m2;
        while (current != m1) {
            int bi = history.broadcastOf(current);
            int b = history.nodeAt(bi);
            IntList mine = history.eventsOf(b);
            Step best = null;
            for (int j = 0; j < mine.size() && mine.get(j) < bi; j++) {
                int e = mine.get(j);
                int c = history.messageAt(e);
                if (c < 0) {
                    continue;
                }
                int cb = history.broadcastOf(c);
                if (cb < 0 || cb > e || past[c * n + s1] <= r1) {
                    continue;
                }
                if (best == null || cb < history.broadcastOf(best.earlier())) {
                    best = new Step(b, e, cb == e, c, current, bi);
                }
            }
            if (best == null) {
                throw new IllegalStateException("no causal chain from " + Names.told(history.message(m1)) + " to "
                        + Names.told(history.message(m2)) + ": the clocks disagree with the history");
            }
            steps.add(best);
            current = best.earlier();
        }
        Collections.reverse(steps);
        return steps;
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
