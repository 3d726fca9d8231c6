package herald.history;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads and validates a history file, plain or gzip'd.
 *
 * <p>Checks, line by line: the header comes first and names the nodes; every event is a JSON
 * object with an integer index {@code i} equal to its position, a time {@code t} no earlier than
 * the previous event's, a {@code type}, and the fields its type requires; every node it names is
 * in the header; nothing follows {@code end}. The first problem stops the reading with a
 * {@link HistoryFormatException} saying {@code FILE:LINE: what is wrong}, except a last line cut
 * off mid-write, which is dropped with a warning.
 */
public final class HistoryReader {

    private final String name;
    private final CountingStream input;
    private final boolean gzipped;
    private final java.util.Map<String, Integer> crashedAt = new java.util.HashMap<>();
    private final Set<String> warnedAfterCrash = new HashSet<>();
    private long lineNumber;
    private History.Builder history;
    private Header header;
    private long lastTime;
    private boolean ended;
    /** Each unknown event type met, with how often and the line of its first event. */
    private final java.util.Map<String, long[]> unknownTypes = new java.util.TreeMap<>();

    private HistoryReader(String name, InputStream in, boolean gzipped) {
        this.name = name;
        this.input = new CountingStream(in);
        this.gzipped = gzipped;
    }

    /** Reads {@code file}, which may be gzip'd. */
    public static History read(Path file) {
        String name = file.toString();
        try (InputStream raw = Files.newInputStream(file)) {
            return read(name, raw);
        } catch (NoSuchFileException e) {
            throw new HistoryFormatException(name, 0, "no such file");
        } catch (IOException e) {
            throw new HistoryFormatException(name, 0, "cannot read: " + IoError.reason(e));
        }
    }

    /** Reads a history from a stream (gzip'd or not); {@code name} is used in messages. */
    public static History read(String name, InputStream raw) {
        try {
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            boolean gzipped = b0 == 0x1f && b1 == 0x8b;
            if (gzipped) {
                in = new GZIPInputStream(in, 1 << 16);
            }
            return new HistoryReader(name, in, gzipped).readAll();
        } catch (IOException e) {
            throw new HistoryFormatException(name, 0, "cannot read: " + IoError.reason(e));
        } catch (UncheckedIOException e) {
            throw new HistoryFormatException(name, 0, "cannot read: " + e.getCause().getMessage());
        }
    }

    /**
     * One parser reads the whole stream, one root object after another, which is much faster
     * than a parser per line; line numbers come from the parser's locations, and the rule "one
     * object per line" is checked from them.
     */
    private History readAll() throws IOException {
        List<String> warnings = new ArrayList<>();
        try (JsonParser p = Json.FACTORY.createParser(input)) {
            readEvents(p, warnings);
        } catch (EOFException | ZipException cutOff) {
            if (!gzipped || header == null) {
                throw cutOff;
            }
            // A gzip'd history cut off mid-write: keep the complete events, as for a plain one.
            warnings.add(name + ": the compressed file ends early (" + IoError.reason(cutOff) + "); the "
                    + history.size() + " complete events before the cut were read");
        }
        return finish(warnings);
    }

    private void readEvents(JsonParser p, List<String> warnings) throws IOException {
        long previousLine = 0;
        while (true) {
            lineNumber = 0;
            JsonToken token;
            try {
                token = p.nextToken();
            } catch (JsonProcessingException e) {
                throw notJson(e, 0, 0);
            }
            if (token == null) {
                break;
            }
            JsonLocation at = p.currentTokenLocation();
            lineNumber = at.getLineNr();
            if (lineNumber == previousLine) {
                throw problem("more than one JSON value on one line");
            }
            if (lineNumber > previousLine + 1) {
                lineNumber = previousLine + 1;
                throw problem("empty line");
            }
            if (token != JsonToken.START_OBJECT) {
                throw problem("not a JSON object");
            }
            long startByte = at.getByteOffset();
            Fields fields;
            ObjectNode tree = null;
            try {
                if (header == null) {
                    tree = p.readValueAsTree();
                    fields = null;
                } else {
                    fields = parse(p);
                }
            } catch (JsonProcessingException e) {
                if (e instanceof JsonEOFException && input.last() != '\n'
                        && e.getLocation() != null && e.getLocation().getLineNr() == lineNumber) {
                    warnings.add(name + ":" + lineNumber + ": the last line is cut off ("
                            + (input.count() - startByte) + " bytes without a line end); it was ignored");
                    break;
                }
                throw notJson(e, lineNumber, startByte);
            }
            if (p.currentTokenLocation().getLineNr() != lineNumber) {
                throw problem("the JSON object does not end on its line (one event per line)");
            }
            previousLine = lineNumber;
            if (header == null) {
                readHeader(tree);
            } else {
                Event event = event(fields);
                history.add(event);
                noticeStepsAfterCrash(event, warnings);
            }
        }
    }

    /**
     * In crash-stop a crashed process takes no more steps, and never recovers. A history that says
     * otherwise is still read (a real-time runtime may record a step that raced its crash), with a
     * warning for each process, once.
     */
    private void noticeStepsAfterCrash(Event event, List<String> warnings) {
        if (header.crashRecovery()) {
            return;
        }
        if (event instanceof Event.Crash c) {
            crashedAt.putIfAbsent(c.node(), c.i());
            return;
        }
        String node = event instanceof Event.Broadcast b ? b.node()
                : event instanceof Event.Deliver d ? d.node()
                : event instanceof Event.Send s ? s.node()
                : event instanceof Event.Recover r ? r.node()
                : null;
        Integer crash = node == null ? null : crashedAt.get(node);
        if (crash != null && warnedAfterCrash.add(node)) {
            warnings.add(name + ":" + lineNumber + ": " + node + " takes a step (#" + event.i() + ", " + event.type()
                    + ") after it crashed (#" + crash + "), which a crash-stop process never does");
        }
    }

    private History finish(List<String> warnings) {
        if (header == null) {
            lineNumber = Math.max(1, lineNumber);
            throw problem("no header: the file is empty");
        }
        unknownTypes.forEach((type, seen) -> warnings.add(name + ":" + seen[1] + ": " + seen[0] + " event"
                + (seen[0] == 1 ? "" : "s") + " of unknown type \"" + type + "\" kept but not checked (known: "
                + "broadcast, deliver, crash, recover, fault, send, recv, drop, log, end)"));
        warnings.forEach(history::warn);
        return history.build();
    }

    /** A JSON syntax error, reported on the line of the object it broke. */
    private HistoryFormatException notJson(JsonProcessingException e, long objectLine, long startByte) {
        long line = e.getLocation() == null ? objectLine : e.getLocation().getLineNr();
        if (objectLine > 0 && line > objectLine) {
            lineNumber = objectLine;
            return problem("not valid JSON: the object is not closed before the line ends");
        }
        lineNumber = Math.max(1, line);
        return problem("not valid JSON: " + e.getOriginalMessage());
    }

    private HistoryFormatException problem(String what) {
        return new HistoryFormatException(name, lineNumber, what);
    }

    /** The fields of one line that Herald knows, as the parser met them, and any others. */
    private static final class Fields {
        Long i;
        Long t;
        String type;
        String node;
        String msg;
        String origin;
        String to;
        String from;
        String reason;
        String text;
        String action;
        String fault;
        String data;
        JsonNode dataTree;
        JsonNode detail;
        Long packet;
        Long healedAt;
        String wrongType;
        ObjectNode others;
    }

    private Fields parse(JsonParser p) throws IOException {
        Fields f = new Fields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "i" -> f.i = integer(p, value, field, f);
                case "t" -> f.t = integer(p, value, field, f);
                case "packet" -> f.packet = integer(p, value, field, f);
                case "healed_at" -> f.healedAt = value == JsonToken.VALUE_NULL ? null : integer(p, value, field, f);
                case "type" -> f.type = string(p, value, field, f);
                case "node" -> f.node = string(p, value, field, f);
                case "msg" -> f.msg = string(p, value, field, f);
                case "origin" -> f.origin = string(p, value, field, f);
                case "to" -> f.to = string(p, value, field, f);
                case "from" -> f.from = string(p, value, field, f);
                case "reason" -> f.reason = string(p, value, field, f);
                case "text" -> f.text = string(p, value, field, f);
                case "action" -> f.action = string(p, value, field, f);
                case "fault" -> f.fault = string(p, value, field, f);
                case "data" -> {
                    if (value == JsonToken.VALUE_STRING) {
                        f.data = p.getText();
                    } else if (value != JsonToken.VALUE_NULL) {
                        f.dataTree = p.readValueAsTree();
                        f.data = f.dataTree.toString();
                    }
                }
                case "detail" -> f.detail = value == JsonToken.VALUE_NULL ? null : p.readValueAsTree();
                default -> {
                    if (f.others == null) {
                        f.others = Json.MAPPER.createObjectNode();
                    }
                    f.others.set(field, p.readValueAsTree());
                }
            }
        }
        if (f.wrongType != null) {
            throw problem(f.wrongType);
        }
        return f;
    }

    private static Long integer(JsonParser p, JsonToken value, String field, Fields f) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        p.skipChildren();
        if (f.wrongType == null) {
            f.wrongType = "field \"" + field + "\" must be an integer, found " + describe(value);
        }
        return null;
    }

    private static String string(JsonParser p, JsonToken value, String field, Fields f) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        if (f.wrongType == null) {
            f.wrongType = "field \"" + field + "\" must be a string, found " + describe(value);
        }
        return null;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    private void readHeader(ObjectNode raw) {
        JsonNode type = raw.get("type");
        if (type == null || !"header".equals(type.asText())) {
            throw problem("the first line must be the header ({\"type\":\"header\",…}), found "
                    + (type == null ? "a line without a type" : "a " + type + " event"));
        }
        JsonNode format = raw.get("format");
        if (format == null) {
            throw problem("the header has no \"format\" (expected \"" + Header.FORMAT + "\")");
        }
        if (!Header.FORMAT.equals(format.asText())) {
            throw problem("unsupported format " + format + " (this reader knows \"" + Header.FORMAT + "\")");
        }
        JsonNode nodes = raw.get("nodes");
        if (nodes == null || !nodes.isArray() || nodes.isEmpty()) {
            throw problem("the header must list its nodes: \"nodes\": [\"n1\", …]");
        }
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode node : nodes) {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw problem("every header node must be a non-empty string, found " + node);
            }
            if (!printable(node.asText())) {
                throw problem("a node name must be printable, without control characters, found " + node);
            }
            if (!seen.add(node.asText())) {
                throw problem("the header names node " + node.asText() + " twice");
            }
            names.add(node.asText());
        }
        String model = text(raw, "model", Header.CRASH_STOP);
        if (!model.equals(Header.CRASH_STOP) && !model.equals(Header.CRASH_RECOVERY)) {
            throw problem("unknown model \"" + model + "\" (expected crash-stop or crash-recovery)");
        }
        String clock = text(raw, "clock", null);
        String unit = text(raw, "time_unit", "us");
        if (!List.of("ns", "us", "ms", "s").contains(unit)) {
            throw problem("unknown time_unit \"" + unit + "\" (known: ns, us, ms, s)");
        }
        ObjectNode provenance = raw.deepCopy();
        provenance.remove(List.of("type", "format", "nodes", "model", "clock", "time_unit"));
        header = new Header(names, model, clock, unit, provenance);
        history = History.builder(header);
    }

    private static String text(ObjectNode raw, String field, String otherwise) {
        JsonNode value = raw.get(field);
        return value == null || value.isNull() ? otherwise : value.asText();
    }

    private Event event(Fields f) {
        if (ended) {
            throw problem("an event after the end event");
        }
        if ("header".equals(f.type)) {
            throw problem("a second header (the header is line 1, and only line 1)");
        }
        if (f.i == null) {
            throw problem("missing field \"i\" (the event's index)");
        }
        if (f.t == null) {
            throw problem("missing field \"t\" (the event's time)");
        }
        if (f.type == null) {
            throw problem("missing field \"type\"");
        }
        int expected = history.size();
        if (f.i != expected) {
            throw problem("index " + f.i + " where " + expected + " was due (indices run 0, 1, 2, … with no gap)");
        }
        if (f.t < 0) {
            throw problem("negative time " + f.t);
        }
        if (f.t < lastTime) {
            throw problem("time " + f.t + " is earlier than the previous event's " + lastTime);
        }
        lastTime = f.t;
        int i = expected;
        long t = f.t;
        return switch (f.type) {
            case "broadcast" -> {
                String node = node(f.node, "node", f.type);
                String msg = messageId(f.msg, f.type);
                int earlier = history.broadcastOf(msg);
                if (earlier >= 0) {
                    throw problem("message " + msg + " was already broadcast (#" + earlier + "); message ids are unique");
                }
                yield new Event.Broadcast(i, t, node, msg, f.data);
            }
            case "deliver" -> new Event.Deliver(i, t, node(f.node, "node", f.type),
                    messageId(f.msg, f.type), node(f.origin, "origin", f.type), f.data);
            case "crash" -> new Event.Crash(i, t, node(f.node, "node", f.type), f.reason);
            case "recover" -> new Event.Recover(i, t, node(f.node, "node", f.type));
            case "fault" -> {
                String action = required(f.action, "action", f.type);
                if (!action.equals("start") && !action.equals("stop")) {
                    throw problem("a fault's action must be \"start\" or \"stop\", found \"" + action + "\"");
                }
                yield new Event.Fault(i, t, action, required(f.fault, "fault", f.type), f.detail);
            }
            case "send" -> new Event.Send(i, t, node(f.node, "node", f.type), node(f.to, "to", f.type),
                    requiredPacket(f), f.dataTree != null ? f.dataTree : textNode(f.data));
            case "recv" -> new Event.Recv(i, t, node(f.node, "node", f.type), node(f.from, "from", f.type),
                    requiredPacket(f));
            case "drop" -> new Event.Drop(i, t, node(f.node, "node", f.type), node(f.to, "to", f.type),
                    requiredPacket(f), required(f.reason, "reason", f.type));
            case "log" -> new Event.Log(i, t, node(f.node, "node", f.type), required(f.text, "text", f.type));
            case "end" -> {
                ended = true;
                yield new Event.End(i, t, f.healedAt);
            }
            case "header" -> throw problem("a second header");
            default -> {
                unknownTypes.computeIfAbsent(f.type, type -> new long[] {0, lineNumber})[0]++;
                yield new Event.Unknown(i, t, f.type, unknownFields(f));
            }
        };
    }

    /** Every field of an event of an unknown type, known names first, for people to see. */
    private static ObjectNode unknownFields(Fields f) {
        ObjectNode all = Json.MAPPER.createObjectNode();
        all.put("i", f.i.intValue());
        if (f.t == f.t.intValue()) {
            all.put("t", f.t.intValue());
        } else {
            all.put("t", f.t);
        }
        all.put("type", f.type);
        String[][] texts = {{"node", f.node}, {"msg", f.msg}, {"origin", f.origin}, {"to", f.to}, {"from", f.from},
            {"reason", f.reason}, {"text", f.text}, {"action", f.action}, {"fault", f.fault}};
        for (String[] field : texts) {
            if (field[1] != null) {
                all.put(field[0], field[1]);
            }
        }
        if (f.packet != null) {
            all.put("packet", f.packet);
        }
        if (f.dataTree != null) {
            all.set("data", f.dataTree);
        } else if (f.data != null) {
            all.put("data", f.data);
        }
        if (f.detail != null) {
            all.set("detail", f.detail);
        }
        if (f.others != null) {
            all.setAll(f.others);
        }
        return all;
    }

    private static JsonNode textNode(String data) {
        return data == null ? null : Json.MAPPER.getNodeFactory().textNode(data);
    }

    private String required(String value, String field, String type) {
        if (value == null) {
            throw problem("missing field \"" + field + "\" in a " + type + " event");
        }
        return value;
    }

    private String messageId(String msg, String type) {
        required(msg, "msg", type);
        if (!printable(msg)) {
            throw problem("a message id must be printable, without control characters, found "
                    + Json.line(msg));
        }
        return msg;
    }

    /** No control characters: names and ids are printed in sentences and on terminals. */
    private static boolean printable(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isISOControl(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private long requiredPacket(Fields f) {
        if (f.packet == null) {
            throw problem("missing field \"packet\" in a " + f.type + " event");
        }
        return f.packet;
    }

    private String node(String value, String field, String type) {
        required(value, field, type);
        if (history.nodeIndex(value) < 0) {
            throw problem("unknown node " + value + " in \"" + field + "\" (the header names "
                    + String.join(", ", header.nodes()) + ")");
        }
        return value;
    }
}
