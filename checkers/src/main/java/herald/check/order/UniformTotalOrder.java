package herald.check.order;

import herald.check.Checker;
import herald.check.Outcome;
import herald.history.History;

/**
 * Uniform total order: if any two processes, correct or not, both deliver {@code m1} and
 * {@code m2}, they deliver them in the same order. What a process delivered before it crashed
 * may already have been acted upon, so it must agree with what the survivors deliver.
 *
 * <p>Counted and told as {@link TotalOrder} is, over every process; a crashed process is named
 * with its crash, e.g. "n2 (crashed at #30)".
 */
public final class UniformTotalOrder implements Checker {

    private final PairwiseOrder order = new PairwiseOrder(property(), true);

    @Override
    public boolean safety() {
        return true;
    }

    @Override
    public String property() {
        return "uniform-total-order";
    }

    @Override
    public Outcome check(History history) {
        return order.check(history);
    }
}
