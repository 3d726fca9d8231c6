package herald.diagram;

import com.fasterxml.jackson.core.JsonGenerator;
import herald.history.Event;
import herald.history.History;
import herald.history.HistoryWriter;
import herald.history.Json;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON a diagram page carries and its script draws: the nodes, every event exactly as the
 * history file holds it (so hovering shows the real fields), the arrows, the fault intervals and
 * the numbered violations with their colours.
 */
final class DiagramData {

    private DiagramData() {
    }

    /** The data as JSON text that is safe inside an HTML {@code <script>} element. */
    static String json(History history, Judgement judgement) {
        StringWriter text = new StringWriter(64 + history.size() * 96);
        try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeArrayFieldStart("nodes");
            for (String node : history.nodes()) {
                json.writeString(node);
            }
            json.writeEndArray();
            json.writeStringField("timeUnit", history.header().timeUnit());
            json.writeBooleanField("traced", traced(history));
            json.writeArrayFieldStart("events");
            for (Event event : history.events()) {
                json.writeRawValue(HistoryWriter.line(event));
            }
            json.writeEndArray();
            writeArrows(json, Arrow.of(history));
            writeFaults(json, FaultInterval.of(history));
            writeViolations(json, judgement.evidence(), history.size());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // "<" only ever occurs inside JSON strings, where \u003c means the same; this way no
        // message text can close the script element that carries the data.
        return text.toString().replace("<", "\\u003c");
    }

    /** Whether the run recorded its packets. */
    static boolean traced(History history) {
        for (Event event : history.events()) {
            if (event instanceof Event.Send || event instanceof Event.Recv || event instanceof Event.Drop) {
                return true;
            }
        }
        return false;
    }

    private static void writeArrows(JsonGenerator json, List<Arrow> arrows) throws IOException {
        json.writeArrayFieldStart("arrows");
        for (Arrow arrow : arrows) {
            json.writeStartArray();
            json.writeNumber(arrow.from());
            json.writeNumber(arrow.to());
            json.writeNumber(arrow.kind().ordinal());
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private static void writeFaults(JsonGenerator json, List<FaultInterval> faults) throws IOException {
        json.writeArrayFieldStart("faults");
        for (FaultInterval fault : faults) {
            json.writeStartObject();
            json.writeNumberField("start", fault.start());
            json.writeNumberField("stop", fault.stop());
            json.writeStringField("fault", fault.fault());
            json.writeStringField("label", fault.label());
            if (!fault.groups().isEmpty()) {
                json.writeFieldName("groups");
                json.writeTree(Json.MAPPER.valueToTree(fault.groups()));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeViolations(JsonGenerator json, List<Judgement.Evidence> evidence, int size)
            throws IOException {
        json.writeArrayFieldStart("violations");
        for (int n = 0; n < evidence.size(); n++) {
            Judgement.Evidence v = evidence.get(n);
            json.writeStartObject();
            json.writeStringField("property", v.property());
            json.writeStringField("sentence", v.sentence());
            json.writeStringField("color", Diagram.color(n));
            json.writeArrayFieldStart("events");
            for (int i : v.events()) {
                if (i >= 0 && i < size) {
                    json.writeNumber(i);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
