package herald.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.Objects;

/**
 * A broadcast's or a delivery's payload: {@code data} as text, and {@code value}, the JSON value
 * when a history gave one other than a string (see {@link Event.Broadcast}).
 */
public final class Payloads {

    /** 0 for two numbers of one value, or two equal other values; the order of the rest does not matter. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.isNumber() && b.isNumber()
            ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

    private Payloads() {
    }

    /**
     * Whether two payloads are the same JSON value: the string "1" is not the number 1, numbers are
     * equal when their values are (1 and 1.0, but not 0.1 and 0.10000000000000001), and an object is
     * the same whatever the order of its fields.
     */
    public static boolean same(String data, JsonNode value, String otherData, JsonNode otherValue) {
        if (value == null || otherValue == null) {
            return value == otherValue && Objects.equals(data, otherData);
        }
        return value.equals(SAME_VALUE, otherValue);
    }

    /** Whether the event gives no payload: {@code data} is optional. */
    public static boolean absent(String data, JsonNode value) {
        return data == null && value == null;
    }

    /** A payload as a reader should see it: a string in quotes, with escapes; any other value as JSON; "none". */
    public static String show(String data, JsonNode value) {
        return value != null ? value.toString() : data == null ? "none" : Json.line(data);
    }
}
