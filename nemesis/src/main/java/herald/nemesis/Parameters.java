package herald.nemesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The small language of nemesis parameters on the command line: probabilities ({@code 0.1}),
 * durations with a unit ({@code 500us}, {@code 20ms}, {@code 1.5s}), counts ({@code 2}), node
 * lists ({@code n1+n3}), link lists ({@code n1-n2+n3>n4}), and a value with a target after an
 * {@code @} ({@code 0.3@n1-n2}).
 */
final class Parameters {

    private Parameters() {
    }

    /** A value split at its {@code @}: what, and where (null when it applies everywhere). */
    record Targeted(String value, String target) {

        static Targeted parse(String text) {
            if (text == null) {
                return new Targeted(null, null);
            }
            int at = text.indexOf('@');
            if (at < 0) {
                return new Targeted(text.isEmpty() ? null : text, null);
            }
            String value = text.substring(0, at).strip();
            String target = text.substring(at + 1).strip();
            if (target.isEmpty()) {
                throw new IllegalArgumentException("nothing after @ in \"" + text + "\"");
            }
            return new Targeted(value.isEmpty() ? null : value, target);
        }
    }

    static void checkProbability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " takes a probability between 0 and 1, got " + p);
        }
    }

    static double probability(String what, String text, double otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            double p = Double.parseDouble(text);
            if (p >= 0 && p <= 1) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the text
        }
        throw new IllegalArgumentException(what + " takes a probability between 0 and 1, got \"" + text + "\"");
    }

    /** The longest time or duration a fault takes: an hour, in microseconds; more is surely a typo. */
    static final long LONGEST = herald.history.Durations.HOUR;

    static long duration(String what, String text) {
        return herald.history.Durations.micros(what, text, 0, LONGEST);
    }

    static long duration(String what, String text, long otherwise) {
        return text == null ? otherwise : duration(what, text);
    }

    /** {@code 20ms} rather than {@code 20000}: for people. */
    static String showDuration(long micros) {
        return herald.history.Durations.show(micros);
    }

    /** Whether {@code text} is a count (digits) rather than a list of nodes. */
    static boolean isCount(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }

    static int count(String what, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " takes a number of nodes or a list like n1+n2, got \""
                    + text + "\"");
        }
    }

    /** Checks a value that is either a count or a list of nodes (null, for the default, is fine). */
    static void countOrNodes(String what, String value) {
        if (value != null && value.matches("-\\d+")) {
            throw new IllegalArgumentException(what + " takes a number of nodes (0 or more) or a list like n1+n2, got \""
                    + value + "\"");
        }
        if (value != null && isCount(value)) {
            count(what, value);
        } else if (value != null) {
            nodes(what, value);
        }
    }

    /** {@code n1+n3} as a list; a node named twice is a mistake. */
    static List<String> nodes(String what, String text) {
        List<String> nodes = new ArrayList<>();
        for (String item : text.split("\\+")) {
            String node = item.strip();
            if (!node.matches("[A-Za-z_][\\w.-]*")) {
                throw new IllegalArgumentException(what + " takes nodes like n1+n2, got \"" + text + "\"");
            }
            if (nodes.contains(node)) {
                throw new IllegalArgumentException(what + " names " + node + " twice in \"" + text + "\"");
            }
            nodes.add(node);
        }
        return List.copyOf(nodes);
    }

    static Set<String> nodesOf(List<Link> links) {
        Set<String> all = new TreeSet<>(Nodes.ORDER);
        for (Link link : links) {
            all.add(link.from());
            all.add(link.to());
        }
        return all;
    }
}
