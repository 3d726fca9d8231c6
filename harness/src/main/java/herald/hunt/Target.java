package herald.hunt;

import herald.check.Outcome;
import herald.check.Spec;
import herald.check.Verdict;
import herald.protocol.Protocol;

/**
 * What a hunt looks for: a run of {@code protocol} that breaks {@code spec}, or, when {@code
 * property} is given, that breaks that property of it.
 *
 * @param protocol what runs
 * @param spec what it is checked against
 * @param property the property to catch, or null for any of the spec's
 */
public record Target(Protocol protocol, Spec spec, String property) {

    public Target {
        if (property != null && !spec.properties().contains(property)) {
            throw new IllegalArgumentException("the spec " + spec.name() + " has no property " + property + " (it has "
                    + String.join(", ", spec.properties()) + ")");
        }
    }

    /**
     * The property a verdict counts as caught, or null when it is not: the one asked for; else,
     * for a mutant, the property it is known to break if that one broke; else the first violated.
     */
    public String caught(Verdict verdict) {
        if (property != null) {
            return broke(verdict, property) ? property : null;
        }
        if (verdict.valid()) {
            return null;
        }
        if (protocol.mutant() && broke(verdict, protocol.breaks())) {
            return protocol.breaks();
        }
        return verdict.violated().get(0).property();
    }

    private static boolean broke(Verdict verdict, String property) {
        Outcome outcome = verdict.outcome(property);
        return outcome != null && !outcome.valid();
    }
}
