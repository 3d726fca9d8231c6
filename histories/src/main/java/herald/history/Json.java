package herald.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one Jackson configuration Herald uses for its files: stable field order, no surprises. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);

    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*)' for `ObjectNode`", Pattern.DOTALL);

    public static final JsonFactory FACTORY = MAPPER.getFactory();

    /**
     * The same, reading every number exactly (a BigDecimal, never a double that rounds it): for
     * payloads, which are compared as values, so that 0.1 and 0.10000000000000001 differ.
     */
    public static final ObjectMapper EXACT = MAPPER.copy()
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

    /**
     * What a JSON syntax error says, as a sentence for people: Jackson's own words, except for
     * its safety limits and its duplicate-field check, whose messages name its internals
     * ({@code StreamReadConstraints}, {@code ObjectNode}).
     */
    public static String problem(JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return "field " + line(duplicate.group(1)) + " appears twice";
        }
        if (!(e instanceof StreamConstraintsException)) {
            return original;
        }
        Matcher limit = Pattern.compile("maximum allowed \\((\\d+)").matcher(original);
        String most = limit.find() ? limit.group(1) : null;
        if (original.contains("nesting depth")) {
            return "nested too deeply" + (most == null ? "" : " (more than " + most + " levels of arrays and objects)");
        } else if (original.contains("Number value length")) {
            return "a number too long" + (most == null ? "" : " (more than " + most + " characters)");
        } else if (original.contains("String value length")) {
            return "a string too long" + (most == null ? "" : " (more than " + most + " characters)");
        } else if (original.contains("Name length")) {
            return "a field name too long" + (most == null ? "" : " (more than " + most + " characters)");
        }
        return "too large to read" + (most == null ? "" : " (a limit of " + most + " was passed)");
    }

    /** {@code value} as one line of JSON. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code value} on one line, with a space after each colon and comma, as people write JSON by hand. */
    public static String inline(JsonNode value) {
        StringBuilder out = new StringBuilder();
        inline(value, out);
        return out.toString();
    }

    private static void inline(JsonNode value, StringBuilder out) {
        if (value.isObject()) {
            out.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.append(line(field.getKey())).append(": ");
                inline(field.getValue(), out);
                out.append(it.hasNext() ? ", " : "");
            }
            out.append('}');
        } else if (value.isArray()) {
            out.append('[');
            for (int k = 0; k < value.size(); k++) {
                inline(value.get(k), out);
                out.append(k + 1 < value.size() ? ", " : "");
            }
            out.append(']');
        } else {
            out.append(line(value));
        }
    }

    /** {@code value} as indented JSON, for files people read. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Json() {
    }
}
