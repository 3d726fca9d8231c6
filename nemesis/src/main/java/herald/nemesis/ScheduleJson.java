package herald.nemesis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Header;
import herald.history.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A schedule as JSON: what {@code --nemesis-file} reads, and what a scenario file embeds.
 *
 * <pre>
 * {
 *   "description": "n1 cut off from n2 and n3 for half a second, then healed",
 *   "network": "unordered,lossy,duplicating",
 *   "model": "crash-stop",
 *   "faults": [
 *     {"start": 100000, "stop": 600000, "fault": "partition", "groups": [["n1"], ["n2", "n3"]]}
 *   ]
 * }
 * </pre>
 *
 * <p>Each fault is its {@code start} and {@code stop} (microseconds, or a string such as
 * {@code "100ms"}), its name in {@code fault}, and the same fields as the {@code detail} of the
 * {@code fault} event a history records for it. {@code description}, {@code network} and
 * {@code model} may be left out. Writing gives one fault per line, and reading what was written
 * gives back an equal schedule, so schedules round-trip exactly.
 */
public final class ScheduleJson {

    /** A problem at a place in the document, named by its JSON pointer. */
    static final class Problem extends IllegalArgumentException {
        final String pointer;
        final String problem;

        Problem(String pointer, String problem) {
            super(pointer.isEmpty() ? problem : pointer + ": " + problem);
            this.pointer = pointer;
            this.problem = problem;
        }
    }

    private ScheduleJson() {
    }

    public static ObjectNode toJson(Schedule schedule) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        if (schedule.description() != null) {
            root.put("description", schedule.description());
        }
        root.put("network", schedule.network().toString());
        root.put("model", schedule.model());
        ArrayNode faults = root.putArray("faults");
        for (ScheduledFault f : schedule.faults()) {
            faults.add(toJson(f));
        }
        return root;
    }

    static ObjectNode toJson(ScheduledFault f) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("start", f.start());
        json.put("stop", f.stop());
        json.put("fault", f.fault().name());
        json.setAll(f.fault().detail());
        return json;
    }

    /** The file's text: the schedule's fields, then one fault per line. */
    public static String write(Schedule schedule) {
        ObjectNode root = toJson(schedule);
        StringBuilder text = new StringBuilder("{\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            text.append("  ").append(Json.line(field.getKey())).append(": ");
            JsonNode value = field.getValue();
            if (field.getKey().equals("faults") && !value.isEmpty()) {
                text.append("[\n");
                for (int k = 0; k < value.size(); k++) {
                    text.append("    ");
                    inline(value.get(k), text);
                    text.append(k + 1 < value.size() ? ",\n" : "\n");
                }
                text.append("  ]");
            } else {
                inline(value, text);
            }
            text.append(it.hasNext() ? ",\n" : "\n");
        }
        return text.append("}\n").toString();
    }

    /** {@code value} on one line, with a space after each colon and comma, as people write JSON. */
    private static void inline(JsonNode value, StringBuilder out) {
        if (value.isObject()) {
            out.append('{');
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                out.append(Json.line(field.getKey())).append(": ");
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
            out.append(Json.line(value));
        }
    }

    /**
     * The schedule {@code json} describes.
     *
     * @throws IllegalArgumentException starting with the JSON pointer of what is wrong
     */
    public static Schedule fromJson(JsonNode json) {
        return fromJson(json, null);
    }

    /**
     * The schedule {@code json} describes, checking that every fault names only nodes of
     * {@code group} (no check when it is null).
     *
     * @throws IllegalArgumentException starting with the JSON pointer of what is wrong
     */
    public static Schedule fromJson(JsonNode json, List<String> group) {
        if (json == null || !json.isObject()) {
            throw new Problem("", "a schedule is a JSON object with \"faults\"");
        }
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!List.of("description", "network", "model", "faults").contains(field)) {
                throw new Problem("/" + field, "unknown field (known: description, network, model, faults)");
            }
        }
        String description = text(json, "description");
        String network = text(json, "network");
        String model = text(json, "model");
        NetworkSemantics semantics;
        try {
            semantics = NetworkSemantics.parse(network);
        } catch (IllegalArgumentException e) {
            throw new Problem("/network", e.getMessage());
        }
        JsonNode faults = json.get("faults");
        if (faults == null || !faults.isArray()) {
            throw new Problem("/faults", "\"faults\" must be an array of faults");
        }
        List<ScheduledFault> list = new ArrayList<>();
        for (int k = 0; k < faults.size(); k++) {
            try {
                ScheduledFault f = scheduledFault(faults.get(k));
                semantics.permit(f.fault().name());
                for (String node : group == null ? List.<String>of() : f.fault().mentions()) {
                    if (!group.contains(node)) {
                        throw new IllegalArgumentException("the " + f.fault().name() + " names " + node
                                + ", which is not in the group " + String.join(", ", group));
                    }
                }
                if (f.fault() instanceof Crash crash && crash.recover() && Header.CRASH_STOP.equals(model)) {
                    throw new IllegalArgumentException("a crash that recovers needs \"model\": \"crash-recovery\"");
                }
                list.add(f);
            } catch (Problem p) {
                throw new Problem("/faults/" + k + p.pointer, p.problem);
            } catch (IllegalArgumentException e) {
                throw new Problem("/faults/" + k, e.getMessage());
            }
        }
        try {
            return new Schedule(description, semantics, model, list);
        } catch (IllegalArgumentException e) {
            throw new Problem(model == null ? "" : "/model", e.getMessage());
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new Problem("/" + field, "\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static ScheduledFault scheduledFault(JsonNode json) {
        if (!json.isObject()) {
            throw new IllegalArgumentException("a fault is an object with start, stop, fault and its detail");
        }
        ObjectNode detail = ((ObjectNode) json).deepCopy();
        long start = time(detail.remove("start"), "start");
        long stop = time(detail.remove("stop"), "stop");
        JsonNode name = detail.remove("fault");
        if (name == null || !name.isTextual()) {
            throw new Problem("/fault", "\"fault\" must name the fault: " + String.join(", ", Fault.NAMES));
        }
        return new ScheduledFault(start, stop, Fault.fromDetail(name.asText(), detail));
    }

    private static long time(JsonNode value, String field) {
        if (value == null) {
            throw new Problem("/" + field, "\"" + field + "\" is missing");
        }
        try {
            return Detail.duration(field, value);
        } catch (IllegalArgumentException e) {
            throw new Problem("/" + field, e.getMessage());
        }
    }

    /**
     * Reads a schedule file.
     *
     * @throws ScheduleFormatException {@code FILE:LINE: what is wrong}
     */
    public static Schedule read(Path file) {
        return read(file, null);
    }

    /**
     * Reads a schedule file for a run of {@code group} (null: any group).
     *
     * @throws ScheduleFormatException {@code FILE:LINE: what is wrong}, a fault naming a node
     *     outside the group included
     */
    public static Schedule read(Path file, List<String> group) {
        try {
            return read(file.toString(), Files.readString(file), group);
        } catch (NoSuchFileException e) {
            throw new ScheduleFormatException(file.toString(), 0, "no such file");
        } catch (IOException e) {
            throw new ScheduleFormatException(file.toString(), 0, "cannot read: " + herald.history.IoError.reason(e));
        }
    }

    /** Reads a schedule from {@code text}; {@code name} is the file name messages give. */
    public static Schedule read(String name, String text) {
        return read(name, text, null);
    }

    /** Reads a schedule for a run of {@code group} (null: any) from {@code text}; {@code name} names it. */
    public static Schedule read(String name, String text, List<String> group) {
        Map<String, Integer> lines = new HashMap<>();
        JsonNode json;
        try {
            markLines(text, lines);
            json = Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ScheduleFormatException(name, line, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ScheduleFormatException(name, 0, "cannot read: " + e.getMessage());
        }
        try {
            return fromJson(json, group);
        } catch (Problem p) {
            throw new ScheduleFormatException(name, lineOf(p.pointer, lines), p.getMessage());
        }
    }

    /** Walks the document once to note the line where each value starts, by JSON pointer. */
    private static void markLines(String text, Map<String, Integer> lines) throws IOException {
        try (JsonParser parser = Json.FACTORY.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                // A value opening an object or array has a context of its own; its place is its parent's.
                var context = token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext();
                lines.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation().getLineNr());
            }
        }
    }

    /** The line of the deepest place in {@code pointer} whose line is known. */
    private static int lineOf(String pointer, Map<String, Integer> lines) {
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
