package herald.check.order;

import herald.check.Checker;
import herald.check.Outcome;
import herald.history.History;

/**
 * Total order: if two correct processes both deliver {@code m1} and {@code m2}, they deliver them
 * in the same order. A process that crashes may have delivered anything in any order; uniform
 * total order is the property that forbids it.
 *
 * <p>One violation per (pair of correct processes, message one of them delivered out of the
 * other's order), naming the two processes and the two messages; and one more per group of
 * messages that the processes order consistently two by two but that no single order fits
 * (a before b at p, b before c at q, c before a at r).
 */
public final class TotalOrder implements Checker {

    private final PairwiseOrder order = new PairwiseOrder(property(), false);

    @Override
    public String property() {
        return "total-order";
    }

    /** It binds correct processes only: in a run cut short, either of two that disagree might yet crash. */
    @Override
    public boolean undecidedInPrefix() {
        return true;
    }

    @Override
    public Outcome check(History history) {
        return order.check(history);
    }
}
