package herald.check;

import java.util.List;

/**
 * What checking one property found: how many violations, and the first few of them in the order
 * of the history.
 *
 * @param property the property's kebab-case name
 * @param count how many violations there are in all
 * @param examples the first violations found (at most {@link Findings#KEPT})
 */
public record Outcome(String property, long count, List<Violation> examples) {

    public Outcome {
        examples = List.copyOf(examples);
    }

    public boolean valid() {
        return count == 0;
    }

    /** The first violation, or null when the property holds. */
    public Violation first() {
        return examples.isEmpty() ? null : examples.get(0);
    }
}
