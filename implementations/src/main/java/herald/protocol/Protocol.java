package herald.protocol;

import herald.node.Node;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One protocol Herald can run.
 *
 * @param id its name on the command line, e.g. {@code eager-rb}
 * @param spec the name of the spec it promises, e.g. {@code reliable}
 * @param description one line for {@code herald list}
 * @param assumptions what it needs of the world
 * @param factory makes one node
 * @param breaks for a mutant, the property it breaks; null for a reference protocol
 * @param notes for a mutant, a paragraph for teachers: what is wrong, under which faults it shows
 */
public record Protocol(String id, String spec, String description, Set<Assumption> assumptions,
        Supplier<? extends Node> factory, String breaks, String notes) {

    public Protocol {
        assumptions = Set.copyOf(assumptions);
    }

    /** A reference protocol that keeps its spec. */
    public static Protocol reference(String id, String spec, String description, Set<Assumption> assumptions,
            Supplier<? extends Node> factory) {
        return new Protocol(id, spec, description, assumptions, factory, null, null);
    }

    /** A deliberately broken variant, caught by the property it {@code breaks}. */
    public static Protocol mutant(String id, String spec, String description, Set<Assumption> assumptions,
            Supplier<? extends Node> factory, String breaks, String notes) {
        return new Protocol(id, spec, description, assumptions, factory, breaks, notes);
    }

    public boolean mutant() {
        return breaks != null;
    }

    public boolean assumes(Assumption assumption) {
        return assumptions.contains(assumption);
    }

    public Node newNode() {
        return factory.get();
    }
}
