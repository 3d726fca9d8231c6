package herald.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts, by JSON pointer: a document is read as a tree, checked
 * as a tree, and a problem found at {@code /faults/2/p} is reported at the line where that value
 * is written, as people expect of a file they wrote by hand.
 */
public final class JsonPlaces {

    private final Map<String, Integer> lines = new HashMap<>();

    private JsonPlaces() {
    }

    /**
     * Walks {@code text} once, noting the line of every value.
     *
     * @throws IOException when it is not JSON
     */
    public static JsonPlaces of(String text) throws IOException {
        JsonPlaces places = new JsonPlaces();
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                // A value opening an object or array has a context of its own; its place is its parent's.
                var context = token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                places.lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        }
        return places;
    }

    /** The line of the deepest place in {@code pointer} whose line is known; 1 when none is. */
    public int lineOf(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            if (p.isEmpty()) {
                return 1;
            }
        }
    }
}
