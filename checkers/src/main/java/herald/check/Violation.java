package herald.check;

import java.util.List;

/**
 * One instance of a property not holding, told as a sentence that cites the events proving it.
 *
 * @param property the property's kebab-case name, e.g. {@code agreement}
 * @param sentence what happened, e.g. "agreement violated: correct process n2 delivered n1-3
 *     (#41), but correct process n4 never delivered it"
 * @param nodes the processes involved
 * @param messages the messages involved
 * @param events the indices of the events that prove it, in order
 */
public record Violation(String property, String sentence, List<String> nodes, List<String> messages,
        List<Integer> events) {

    public Violation {
        nodes = List.copyOf(nodes);
        messages = List.copyOf(messages);
        events = List.copyOf(events);
    }

    @Override
    public String toString() {
        return sentence;
    }
}
