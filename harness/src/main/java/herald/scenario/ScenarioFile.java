package herald.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.check.Specs;
import herald.history.Durations;
import herald.history.Json;
import herald.history.JsonPlaces;
import herald.history.JsonProblem;
import herald.nemesis.ScheduleJson;
import herald.protocol.Protocols;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A scenario as a file, {@code scenario.json}: everything that decides a run and the header of
 * its history, so that replaying it gives the same history, byte for byte.
 *
 * <pre>
 * {
 *   "format": "herald-scenario/1",
 *   "description": "eager-rb-no-relay breaks agreement; shrunk from seed 37 in 21 steps",
 *   "protocol": "eager-rb-no-relay",
 *   "spec": "reliable",
 *   "nemesis": "crash=1,partition=any",
 *   "seed": 37,
 *   "nodes": ["n1", "n2", "n3"],
 *   "window": 312000,
 *   "quiet": 1000000,
 *   "latency": {"min": 1000, "mean_extra": 2000, "max": 20000},
 *   "trace_packets": true,
 *   "broadcasts": [
 *     {"at": 12000, "node": "n1", "data": "v1"}
 *   ],
 *   "schedule": { … as a schedule file … }
 * }
 * </pre>
 *
 * <p>{@code nemesis} is the text the history's header records (how the faults were made);
 * {@code schedule} is the faults themselves. {@code class} names the {@link herald.node.Node}
 * class that runs the protocol when the protocol is not one Herald knows by id (a student's).
 * Times are microseconds.
 *
 * @param scenario the run
 * @param spec the spec it is checked against
 * @param nemesis the nemesis text for the history's header
 * @param tracePackets whether the history records every packet
 * @param description for people; may be null
 * @param nodeClass the node's class name, or null for a protocol Herald knows by id
 */
public record ScenarioFile(Scenario scenario, String spec, String nemesis, boolean tracePackets, String description,
        String nodeClass) {

    public static final String FORMAT = "herald-scenario/1";

    private static final List<String> FIELDS = List.of("format", "description", "protocol", "class", "spec", "nemesis",
            "seed", "nodes", "window", "quiet", "latency", "trace_packets", "broadcasts", "schedule");

    /** The file's text: its fields, then one broadcast per line, then the schedule as a schedule file has it. */
    public String write() {
        ObjectNode head = Json.MAPPER.createObjectNode();
        head.put("format", FORMAT);
        if (description != null) {
            head.put("description", description);
        }
        head.put("protocol", scenario.protocol());
        if (nodeClass != null) {
            head.put("class", nodeClass);
        }
        head.put("spec", spec);
        head.put("nemesis", nemesis);
        head.put("seed", scenario.seed());
        scenario.nodes().forEach(head.putArray("nodes")::add);
        head.put("window", scenario.timing().window());
        head.put("quiet", scenario.timing().quiet());
        head.putObject("latency").put("min", scenario.network().min())
                .put("mean_extra", scenario.network().meanExtra()).put("max", scenario.network().max());
        head.put("trace_packets", tracePackets);
        StringBuilder text = new StringBuilder("{\n");
        for (Iterator<String> it = head.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            text.append("  ").append(Json.line(field)).append(": ").append(Json.inline(head.get(field))).append(",\n");
        }
        text.append("  \"broadcasts\": [");
        List<PlannedBroadcast> broadcasts = scenario.broadcasts();
        for (int k = 0; k < broadcasts.size(); k++) {
            PlannedBroadcast b = broadcasts.get(k);
            ObjectNode json = Json.MAPPER.createObjectNode().put("at", b.at()).put("node", b.node()).put("data", b.data());
            text.append(k == 0 ? "\n" : ",\n").append("    ").append(Json.inline(json));
        }
        text.append(broadcasts.isEmpty() ? "],\n" : "\n  ],\n");
        String schedule = ScheduleJson.write(scenario.schedule()).strip().replace("\n", "\n  ");
        return text.append("  \"schedule\": ").append(schedule).append("\n}\n").toString();
    }

    /** Writes the file, creating its directory. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, write());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a scenario file.
     *
     * @throws ScenarioFormatException {@code FILE:LINE: /pointer: what is wrong}
     */
    public static ScenarioFile read(Path file) {
        return JsonPlaces.read(file, ScenarioFile::fromJson, ScenarioFormatException::new);
    }

    /** Reads a scenario from {@code text}; {@code name} is the file name messages give. */
    public static ScenarioFile read(String name, String text) {
        return JsonPlaces.read(name, text, ScenarioFile::fromJson, ScenarioFormatException::new);
    }

    /**
     * The scenario file {@code json} describes.
     *
     * @throws JsonProblem naming the JSON pointer of what is wrong
     */
    public static ScenarioFile fromJson(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new JsonProblem("", "a scenario file is a JSON object with \"format\": \"" + FORMAT + "\"");
        }
        Fields f = new Fields(json);
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw new JsonProblem("/" + field, "unknown field (known: " + String.join(", ", FIELDS) + ")");
            }
        }
        if (!FORMAT.equals(f.text("format", true))) {
            throw new JsonProblem("/format", "a scenario file says \"format\": \"" + FORMAT + "\"");
        }
        List<String> nodes = nodes(f.required("nodes"));
        Timing timing = f.value("/window", () -> new Timing(f.micros("window"), f.micros("quiet")));
        JsonNode latency = f.required("latency");
        Fields l = new Fields(latency, "/latency");
        NetworkModel network = f.value("/latency",
                () -> new NetworkModel(l.micros("min"), l.micros("mean_extra"), l.micros("max")));
        JsonNode scheduleJson = f.required("schedule");
        var schedule = f.value("/schedule", () -> {
            try {
                return ScheduleJson.fromJson(scheduleJson, nodes);
            } catch (JsonProblem p) {
                throw p.under("/schedule");
            }
        });
        List<PlannedBroadcast> broadcasts = broadcasts(f.required("broadcasts"), nodes);
        JsonNode trace = json.get("trace_packets");
        if (trace != null && !trace.isBoolean()) {
            throw new JsonProblem("/trace_packets", "\"trace_packets\" is true or false");
        }
        JsonNode seed = f.required("seed");
        if (!seed.canConvertToLong() || !seed.isIntegralNumber()) {
            throw new JsonProblem("/seed", "\"seed\" must be a whole number");
        }
        String protocol = f.text("protocol", true);
        String nodeClass = f.text("class", false);
        if (nodeClass == null && Protocols.find(protocol).isEmpty()) {
            throw new JsonProblem("/protocol", "unknown protocol \"" + protocol + "\" (see herald list; a class of "
                    + "your own goes in \"class\")");
        }
        String spec = f.text("spec", true);
        if (Specs.find(spec).isEmpty()) {
            throw new JsonProblem("/spec", "unknown spec \"" + spec + "\" (see herald list)");
        }
        Scenario scenario = new Scenario(protocol, nodes, broadcasts, schedule, seed.asLong(), timing, network);
        String nemesis = f.text("nemesis", false);
        return new ScenarioFile(scenario, spec, nemesis == null ? "schedule" : nemesis,
                trace != null && trace.asBoolean(), f.text("description", false), nodeClass);
    }

    private static List<String> nodes(JsonNode array) {
        if (!array.isArray() || array.isEmpty()) {
            throw new JsonProblem("/nodes", "\"nodes\" must be a non-empty array of node names");
        }
        List<String> nodes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < array.size(); k++) {
            JsonNode node = array.get(k);
            if (!node.isTextual() || node.asText().isBlank()) {
                throw new JsonProblem("/nodes/" + k, "a node is named by a string");
            }
            if (!seen.add(node.asText())) {
                throw new JsonProblem("/nodes/" + k, "node " + node.asText() + " is listed twice");
            }
            nodes.add(node.asText());
        }
        return nodes;
    }

    private static List<PlannedBroadcast> broadcasts(JsonNode array, List<String> nodes) {
        if (!array.isArray()) {
            throw new JsonProblem("/broadcasts", "\"broadcasts\" must be an array of {at, node, data}");
        }
        List<PlannedBroadcast> broadcasts = new ArrayList<>();
        for (int k = 0; k < array.size(); k++) {
            String at = "/broadcasts/" + k;
            JsonNode b = array.get(k);
            if (!b.isObject()) {
                throw new JsonProblem(at, "a broadcast is an object {at, node, data}");
            }
            Fields f = new Fields(b, at);
            for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!List.of("at", "node", "data").contains(field)) {
                    throw new JsonProblem(at + "/" + field, "unknown field (known: at, node, data)");
                }
            }
            String node = f.text("node", true);
            if (!nodes.contains(node)) {
                throw new JsonProblem(at + "/node", "node " + node + " is not in the group " + nodes);
            }
            broadcasts.add(new PlannedBroadcast(f.micros("at"), node, f.text("data", true)));
        }
        return broadcasts;
    }

    /** The fields of one object, each read with the pointer to blame. */
    private record Fields(JsonNode json, String at) {

        Fields(JsonNode json) {
            this(json, "");
        }

        JsonNode required(String field) {
            JsonNode value = json.get(field);
            if (value == null || value.isNull()) {
                throw new JsonProblem(at + "/" + field, "\"" + field + "\" is missing");
            }
            return value;
        }

        String text(String field, boolean required) {
            JsonNode value = required ? required(field) : json.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isTextual()) {
                throw new JsonProblem(at + "/" + field, "\"" + field + "\" must be a string");
            }
            return value.asText();
        }

        /** A time or duration: whole microseconds, at most an hour (as a fault's), which also keeps sums of them exact. */
        long micros(String field) {
            JsonNode value = required(field);
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0
                    || value.asLong() > Durations.HOUR) {
                throw new JsonProblem(at + "/" + field, "\"" + field + "\" must be a whole number of microseconds "
                        + "from 0 to an hour (" + Durations.HOUR + ")");
            }
            return value.asLong();
        }

        /** What {@code make} builds; an {@link IllegalArgumentException} it throws becomes a problem at {@code pointer}. */
        <T> T value(String pointer, Supplier<T> make) {
            try {
                return make.get();
            } catch (JsonProblem p) {
                throw p;
            } catch (IllegalArgumentException e) {
                throw new JsonProblem(pointer, e.getMessage());
            }
        }
    }
}
