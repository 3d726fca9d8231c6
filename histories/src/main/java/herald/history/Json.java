package herald.history;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Iterator;
import java.util.Map;

/** The one Jackson configuration Herald uses for its files: stable field order, no surprises. */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public static final JsonFactory FACTORY = MAPPER.getFactory();

    /** {@code value} as one line of JSON. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
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
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Json() {
    }
}
