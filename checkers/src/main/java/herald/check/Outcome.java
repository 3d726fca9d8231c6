package herald.check;

import java.util.List;

/**
 * What checking one property found: how many violations, and the first few of them in the order
 * of the history; and what the checker measured without judging it, such as rumor mongering's
 * residue.
 *
 * @param property the property's kebab-case name
 * @param count how many violations there are in all
 * @param examples the first violations found (at most {@link Findings#KEPT})
 * @param notes sentences reporting what was measured but not judged; usually none
 */
public record Outcome(String property, long count, List<Violation> examples, List<String> notes) {

    public Outcome {
        examples = List.copyOf(examples);
        notes = List.copyOf(notes);
    }

    /** An outcome without notes. */
    public Outcome(String property, long count, List<Violation> examples) {
        this(property, count, examples, List.of());
    }

    public boolean valid() {
        return count == 0;
    }

    /** The first violation, or null when the property holds. */
    public Violation first() {
        return examples.isEmpty() ? null : examples.get(0);
    }
}
