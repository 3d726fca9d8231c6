package herald.history;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The name of one process of the group, as the history's header lists it ({@code "n1"}).
 *
 * @param name the process name; never blank
 */
public record NodeId(@JsonValue String name) implements Comparable<NodeId> {

    @JsonCreator
    public NodeId {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a node id cannot be blank");
        }
    }

    public static NodeId of(String name) {
        return new NodeId(name);
    }

    /** Orders {@code n2} before {@code n10}: by the number after a common prefix, then by name. */
    @Override
    public int compareTo(NodeId other) {
        int a = trailingNumberStart(name);
        int b = trailingNumberStart(other.name);
        if (a < name.length() && b < other.name.length()
                && name.regionMatches(0, other.name, 0, Math.max(a, b)) && a == b) {
            int byNumber = Long.compare(parse(name, a), parse(other.name, b));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return name.compareTo(other.name);
    }

    private static int trailingNumberStart(String s) {
        int k = s.length();
        while (k > 0 && Character.isDigit(s.charAt(k - 1)) && s.length() - k < 18) {
            k--;
        }
        return k;
    }

    private static long parse(String s, int from) {
        return Long.parseLong(s.substring(from));
    }

    @Override
    public String toString() {
        return name;
    }
}
