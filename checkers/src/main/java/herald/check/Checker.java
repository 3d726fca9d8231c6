package herald.check;

import herald.history.History;

/** Decides one property of a history. Implementations are stateless and one per property. */
public interface Checker {

    /** The property's kebab-case name, as PROPERTIES.md and {@code --json} spell it. */
    String property();

    /** Checks the whole history and reports every violation (counted) and the first ones (told). */
    Outcome check(History history);

    /**
     * Whether the property is a safety property in the strict sense: every prefix of a history
     * that keeps it keeps it too, so a run cut short can lose a violation but never invent one. A
     * liveness property (validity, agreement) is not: it speaks of what happens eventually.
     */
    default boolean safety() {
        return false;
    }

    /**
     * Whether the property speaks of what happens eventually (validity, agreement, convergence),
     * so that a violation at a run's end might have been mended by more time without faults; an
     * order's or a safety property's violation is final.
     */
    default boolean liveness() {
        return false;
    }

    /**
     * Whether a violation found in a history cut short (no {@code end}) might not stand: a liveness
     * property's, which more time could mend, or one that binds only correct processes, which a
     * crash later in the run would excuse (total order). Safety properties of every process stand.
     */
    default boolean undecidedInPrefix() {
        return liveness();
    }
}
