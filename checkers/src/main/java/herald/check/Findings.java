package herald.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts a property's violations and keeps the first few. Sentences are only built for those
 * kept, so a history with a million violations is checked as fast as a clean one.
 */
public final class Findings {

    /** How many violations of each property are kept with their sentences. */
    public static final int KEPT = 10;

    private final String property;
    private final List<Violation> kept = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private long count;

    public Findings(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }

    /** Records one violation; {@code violation} is only called while fewer than KEPT are kept. */
    public void add(Supplier<Violation> violation) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(violation.get());
        }
    }

    /** Records one violation from its sentence and what it involves. */
    public void add(String sentence, List<String> nodes, List<String> messages, List<Integer> events) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new Violation(property, sentence, nodes, messages, events));
        }
    }

    /** True while another violation would still be kept with its sentence. */
    public boolean keeping() {
        return kept.size() < KEPT;
    }

    /** Reports something measured but not judged: it shows under the property, whether it held or not. */
    public void note(String sentence) {
        notes.add(sentence);
    }

    public long count() {
        return count;
    }

    public Outcome outcome() {
        return new Outcome(property, count, kept, notes);
    }
}
