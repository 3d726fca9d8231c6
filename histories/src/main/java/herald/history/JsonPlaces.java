package herald.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where each value of a JSON text starts, by JSON pointer: a document is read as a tree, checked
 * as a tree, and a problem found at {@code /faults/2/p} is reported at the line where that value
 * is written, as people expect of a file they wrote by hand.
 */
public final class JsonPlaces {

    /** What a reader throws for a problem at a line of a file: {@code FILE:LINE: what is wrong}. */
    @FunctionalInterface
    public interface Complaint {
        RuntimeException at(String file, long line, String problem);
    }

    private final Map<String, Integer> lines = new HashMap<>();
    /** The line where a second value at the top starts, or 0 when the text holds one. */
    private int secondValueAt;

    private JsonPlaces() {
    }

    /**
     * Reads the JSON file {@code file} into what {@code make} makes of its tree; a file that is
     * missing, not JSON, or that {@code make} finds a {@link JsonProblem} in, is reported by
     * {@code complaint} with the line of the problem.
     */
    public static <T> T read(Path file, Function<JsonNode, T> make, Complaint complaint) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw complaint.at(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw complaint.at(file.toString(), 0, "cannot read: " + e.getMessage());
        }
        return read(file.toString(), text, make, complaint);
    }

    /** The same, for {@code text}; {@code name} is the file name complaints give. */
    public static <T> T read(String name, String text, Function<JsonNode, T> make, Complaint complaint) {
        JsonPlaces places;
        JsonNode json;
        try {
            places = of(text);
            json = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw complaint.at(name, line, "not JSON: " + Json.problem(e));
        } catch (IOException e) {
            throw complaint.at(name, 0, "cannot read: " + e.getMessage());
        }
        if (places.secondValueAt > 0) {
            throw complaint.at(name, places.secondValueAt, "not JSON: a second value starts here, after the first "
                    + "one ended; the file must hold one");
        }
        try {
            return make.apply(json);
        } catch (JsonProblem p) {
            throw complaint.at(name, places.lineOf(p.pointer()), p.getMessage());
        }
    }

    /**
     * Walks {@code text} once, noting the line of every value.
     *
     * @throws IOException when it is not JSON
     */
    private static JsonPlaces of(String text) throws IOException {
        JsonPlaces places = new JsonPlaces();
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            int depth = 0;
            int values = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (depth == 0 && ++values == 2) {
                    places.secondValueAt = parser.currentTokenLocation().getLineNr();
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
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
    private int lineOf(String pointer) {
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
