package herald.check;

import herald.history.History;

/** Decides one property of a history. Implementations are stateless and one per property. */
public interface Checker {

    /** The property's kebab-case name, as PROPERTIES.md and {@code --json} spell it. */
    String property();

    /** Checks the whole history and reports every violation (counted) and the first ones (told). */
    Outcome check(History history);
}
