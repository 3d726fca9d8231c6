package herald.nemesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Header;
import herald.history.Json;
import herald.history.JsonPlaces;
import herald.history.JsonProblem;
import java.nio.file.Path;
import java.util.ArrayList;
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
                    text.append("    ").append(Json.inline(value.get(k)));
                    text.append(k + 1 < value.size() ? ",\n" : "\n");
                }
                text.append("  ]");
            } else {
                text.append(Json.inline(value));
            }
            text.append(it.hasNext() ? ",\n" : "\n");
        }
        return text.append("}\n").toString();
    }

    /**
     * The schedule {@code json} describes.
     *
     * @throws JsonProblem naming the JSON pointer of what is wrong
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
            throw new JsonProblem("", "a schedule is a JSON object with \"faults\"");
        }
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!List.of("description", "network", "model", "faults").contains(field)) {
                throw new JsonProblem("/" + field, "unknown field (known: description, network, model, faults)");
            }
        }
        String description = text(json, "description");
        String network = text(json, "network");
        String model = text(json, "model");
        NetworkSemantics semantics;
        try {
            semantics = NetworkSemantics.parse(network);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem("/network", e.getMessage());
        }
        JsonNode faults = json.get("faults");
        if (faults == null || !faults.isArray()) {
            throw new JsonProblem("/faults", "\"faults\" must be an array of faults");
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
            } catch (JsonProblem p) {
                throw p.under("/faults/" + k);
            } catch (IllegalArgumentException e) {
                throw new JsonProblem("/faults/" + k, e.getMessage());
            }
        }
        try {
            return new Schedule(description, semantics, model, list);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem(model == null ? "" : "/model", e.getMessage());
        }
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new JsonProblem("/" + field, "\"" + field + "\" must be a string");
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
            throw new JsonProblem("/fault", "\"fault\" must name the fault: " + String.join(", ", Fault.NAMES));
        }
        return new ScheduledFault(start, stop, Fault.fromDetail(name.asText(), detail));
    }

    private static long time(JsonNode value, String field) {
        if (value == null) {
            throw new JsonProblem("/" + field, "\"" + field + "\" is missing");
        }
        try {
            return Detail.duration(field, value);
        } catch (IllegalArgumentException e) {
            throw new JsonProblem("/" + field, e.getMessage());
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
        return JsonPlaces.read(file, json -> fromJson(json, group), ScheduleFormatException::new);
    }

    /** Reads a schedule from {@code text}; {@code name} is the file name messages give. */
    public static Schedule read(String name, String text) {
        return read(name, text, null);
    }

    /** Reads a schedule for a run of {@code group} (null: any) from {@code text}; {@code name} names it. */
    public static Schedule read(String name, String text, List<String> group) {
        return JsonPlaces.read(name, text, json -> fromJson(json, group), ScheduleFormatException::new);
    }
}
