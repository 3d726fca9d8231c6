package herald.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a history as JSON Lines and flushes after every line, so that a run that dies still
 * leaves every event it recorded on disk. Fields are always written in the same order, so the
 * same run gives the same bytes.
 */
public final class HistoryWriter implements HistorySink {

    private final OutputStream out;
    private final JsonGenerator json;

    public HistoryWriter(OutputStream out) {
        this.out = out;
        try {
            this.json = Json.FACTORY.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setRootValueSeparator(null);
    }

    /** Creates (or truncates) {@code file}, creating its parent directories. */
    public static HistoryWriter create(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return new HistoryWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 14));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + IoError.reason(e), e);
        }
    }

    @Override
    public void header(Header header) {
        try {
            writeHeader(json, header);
            endLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void event(Event event) {
        try {
            writeEvent(json, event);
            endLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endLine() throws IOException {
        json.flush();
        out.write('\n');
        out.flush();
    }

    @Override
    public void close() {
        // The file is closed even when the generator's last flush fails.
        try (OutputStream file = out) {
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One event as the JSON line a history file holds, without the line end. */
    public static String line(Event event) {
        return render(json -> writeEvent(json, event));
    }

    /** The header as the JSON line a history file holds, without the line end. */
    public static String line(Header header) {
        return render(json -> writeHeader(json, header));
    }

    private interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private static String render(Body body) {
        StringWriter text = new StringWriter();
        try (Writer w = text; JsonGenerator json = Json.FACTORY.createGenerator(w)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static void writeHeader(JsonGenerator json, Header header) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "header");
        json.writeStringField("format", Header.FORMAT);
        json.writeArrayFieldStart("nodes");
        for (String node : header.nodes()) {
            json.writeString(node);
        }
        json.writeEndArray();
        json.writeStringField("model", header.model());
        if (header.clock() != null) {
            json.writeStringField("clock", header.clock());
        }
        json.writeStringField("time_unit", header.timeUnit());
        Iterator<Map.Entry<String, JsonNode>> fields = header.provenance().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            json.writeFieldName(field.getKey());
            json.writeTree(field.getValue());
        }
        json.writeEndObject();
    }

    static void writeEvent(JsonGenerator json, Event event) throws IOException {
        json.writeStartObject();
        json.writeNumberField("i", event.i());
        json.writeNumberField("t", event.t());
        json.writeStringField("type", event.type());
        if (event instanceof Event.Broadcast b) {
            json.writeStringField("node", b.node());
            json.writeStringField("msg", b.msg());
            data(json, b.data(), b.value());
        } else if (event instanceof Event.Deliver d) {
            json.writeStringField("node", d.node());
            json.writeStringField("msg", d.msg());
            json.writeStringField("origin", d.origin());
            data(json, d.data(), d.value());
        } else if (event instanceof Event.Crash c) {
            json.writeStringField("node", c.node());
            optional(json, "reason", c.reason());
        } else if (event instanceof Event.Recover r) {
            json.writeStringField("node", r.node());
        } else if (event instanceof Event.Fault f) {
            json.writeStringField("action", f.action());
            json.writeStringField("fault", f.fault());
            if (f.detail() != null) {
                json.writeFieldName("detail");
                json.writeTree(f.detail());
            }
        } else if (event instanceof Event.Send s) {
            json.writeStringField("node", s.node());
            json.writeStringField("to", s.to());
            json.writeNumberField("packet", s.packet());
            if (s.data() != null) {
                json.writeFieldName("data");
                json.writeTree(s.data());
            }
        } else if (event instanceof Event.Recv r) {
            json.writeStringField("node", r.node());
            json.writeStringField("from", r.from());
            json.writeNumberField("packet", r.packet());
        } else if (event instanceof Event.Drop d) {
            json.writeStringField("node", d.node());
            json.writeStringField("to", d.to());
            json.writeNumberField("packet", d.packet());
            json.writeStringField("reason", d.reason());
        } else if (event instanceof Event.Log l) {
            json.writeStringField("node", l.node());
            json.writeStringField("text", l.text());
        } else if (event instanceof Event.End e) {
            if (e.healedAt() != null) {
                json.writeNumberField("healed_at", e.healedAt());
            }
        } else if (event instanceof Event.Unknown u) {
            Iterator<Map.Entry<String, JsonNode>> fields = u.fields().fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                if (!name.equals("i") && !name.equals("t") && !name.equals("type")) {
                    json.writeFieldName(name);
                    json.writeTree(field.getValue());
                }
            }
        }
        json.writeEndObject();
    }

    /** A payload as it came: a JSON value other than a string stays that value. */
    private static void data(JsonGenerator json, String data, JsonNode value) throws IOException {
        if (value != null) {
            json.writeFieldName("data");
            json.writeTree(value);
        } else {
            optional(json, "data", data);
        }
    }

    private static void optional(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) {
            json.writeStringField(field, value);
        }
    }
}
