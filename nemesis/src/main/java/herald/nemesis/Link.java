package herald.nemesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One direction of the link between two nodes: packets from {@code from} to {@code to}. Written
 * {@code n1>n2}; {@code n1-n2} names both directions at once.
 *
 * @param from the sender
 * @param to the receiver
 */
public record Link(String from, String to) {

    public Link {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("a link joins two different nodes, got " + from + ">" + to);
        }
    }

    /**
     * The links {@code text} names: {@code n1>n2} one direction, {@code n1-n2} both.
     *
     * @throws IllegalArgumentException when it is neither
     */
    public static List<Link> parse(String text) {
        String t = text.strip();
        if (t.contains("->")) {
            throw new IllegalArgumentException("a link is written n1>n2 (one way) or n1-n2 (both ways), got \"" + text
                    + "\": write " + t.replace("->", ">"));
        }
        int arrow = t.indexOf('>');
        if (arrow > 0 && arrow < t.length() - 1) {
            return List.of(new Link(t.substring(0, arrow).strip(), t.substring(arrow + 1).strip()));
        }
        int dash = t.indexOf('-');
        if (arrow < 0 && dash > 0 && dash < t.length() - 1) {
            String a = t.substring(0, dash).strip();
            String b = t.substring(dash + 1).strip();
            return List.of(new Link(a, b), new Link(b, a));
        }
        throw new IllegalArgumentException("a link is written n1>n2 (one way) or n1-n2 (both ways), got \"" + text + "\"");
    }

    /** Every link of a list written {@code n1-n2+n3>n4}, in order, without repeats. */
    public static List<Link> parseAll(String text) {
        List<Link> links = new ArrayList<>();
        for (String item : text.split("\\+")) {
            for (Link link : parse(item)) {
                if (!links.contains(link)) {
                    links.add(link);
                }
            }
        }
        return List.copyOf(links);
    }

    @Override
    public String toString() {
        return from + ">" + to;
    }
}
