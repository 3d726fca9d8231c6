package herald.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
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
    private final PriorityQueue<Pending> earliest = new PriorityQueue<>(IN_ORDER.reversed());
    private long count;

    /** A violation decided at event {@code at}, the {@code found}-th counted, its sentence not yet built. */
    private record Pending(long at, long found, Supplier<Violation> violation) {
    }

    private static final Comparator<Pending> IN_ORDER =
            Comparator.comparingLong(Pending::at).thenComparingLong(Pending::found);

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

    /**
     * Records one violation decided at event {@code at}, for a checker that does not find them in
     * the order of the history: the KEPT earliest are kept, and their sentences built only when
     * the outcome is, so {@code violation} must capture nothing that changes.
     */
    public void addAt(int at, Supplier<Violation> violation) {
        count++;
        if (earliest.size() < KEPT) {
            earliest.add(new Pending(at, count, violation));
        } else if (at < earliest.peek().at()) {
            earliest.poll();
            earliest.add(new Pending(at, count, violation));
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
        List<Pending> pending = new ArrayList<>(earliest);
        pending.sort(IN_ORDER);
        List<Violation> examples = new ArrayList<>(kept);
        pending.forEach(p -> examples.add(p.violation().get()));
        return new Outcome(property, count, examples, notes);
    }
}
