package herald.diagram;

import java.util.List;

/**
 * What a spec said of a history, as plain data a diagram can draw: the checkers' verdict with
 * nothing but names, sentences and event indices. Diagrams live beside histories and know
 * nothing of checkers, so whoever holds a verdict translates it into this.
 *
 * @param spec the spec's name, or null when the history was not checked
 * @param valid whether every property held
 * @param properties every property of the spec, in the spec's order
 * @param warnings what the reader tolerated or the checkers could not judge fully
 */
public record Judgement(String spec, boolean valid, List<Property> properties, List<String> warnings) {

    public Judgement {
        properties = List.copyOf(properties);
        warnings = List.copyOf(warnings);
    }

    /** No verdict: the history is drawn without one, and {@code why} says so. */
    public static Judgement unchecked(String why) {
        return new Judgement(null, true, List.of(), List.of(why));
    }

    public boolean checked() {
        return spec != null;
    }

    /** Every kept violation of every property, in the spec's order: what a diagram numbers V1, V2, … */
    public List<Evidence> evidence() {
        return properties.stream().flatMap(p -> p.examples().stream()).toList();
    }

    /**
     * One property's outcome.
     *
     * @param name the property's kebab-case name
     * @param count how many violations there are in all (0 when it held)
     * @param examples the first violations, each with its sentence and events
     */
    public record Property(String name, long count, List<Evidence> examples) {

        public Property {
            examples = List.copyOf(examples);
        }

        public boolean held() {
            return count == 0;
        }
    }

    /**
     * One violation: the sentence that tells it and the events that prove it.
     *
     * @param property the property it violates
     * @param sentence what happened, citing events as {@code #i}
     * @param events the indices of the events it cites, in order
     */
    public record Evidence(String property, String sentence, List<Integer> events) {

        public Evidence {
            events = List.copyOf(events);
        }
    }
}
