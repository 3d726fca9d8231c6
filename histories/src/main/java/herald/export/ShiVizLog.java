package herald.export;

import com.fasterxml.jackson.core.JsonGenerator;
import herald.history.Event;
import herald.history.History;
import herald.history.Json;
import herald.history.Names;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Histories as a log ShiViz draws (https://bestchai.bitbucket.io/shiviz/): one line per event,
 * {@code host {vector clock} #i t=T what happened}, with several runs in one file so that a
 * passing and a failing run can be compared side by side.
 *
 * <p>The file follows ShiViz's upload format: line 1 is the regular expression that parses an
 * event (named groups {@code host}, {@code clock} and {@code event}, plus {@code i} and
 * {@code t}, which ShiViz shows as fields), line 2 the delimiter between executions
 * ({@code === label ===}), then each execution under its label. ShiViz rebuilds the
 * happened-before graph from the clocks alone, and accepts them only if each host's own entry
 * starts at 1 and rises by exactly 1 per event, and every entry for another host names one of
 * that host's events whose clock this one dominates: what {@link VectorClocks} computes.
 */
public final class ShiVizLog {

    /** The parser ShiViz is told to use (it adds {@code ^} and {@code $} itself). */
    public static final String PARSER = "(?<host>\\S+) (?<clock>\\{[^}]*\\}) #(?<i>\\d+) t=(?<t>\\d+) (?<event>.*)";
    /** The delimiter between executions, whose {@code trace} group is the execution's label. */
    public static final String DELIMITER = "=== (?<trace>.*) ===";

    /** One run to export, under a label ShiViz shows. */
    public record Execution(String label, History history) {
    }

    private ShiVizLog() {
    }

    /** Writes the executions, in order, labels made unique; each must have an event at a node. */
    public static void write(Writer out, List<Execution> executions) throws IOException {
        out.write(PARSER + "\n" + DELIMITER + "\n");
        Set<String> labels = new HashSet<>();
        for (Execution execution : executions) {
            String label = oneLine(execution.label()).replace('{', '(').replace('}', ')');
            String unique = label;
            for (int n = 2; !labels.add(unique); n++) {
                unique = label + " (" + n + ")";
            }
            out.write("=== " + unique + " ===\n");
            writeEvents(out, execution);
        }
        out.flush();
    }

    /** The whole log as a string. */
    public static String of(List<Execution> executions) {
        StringWriter text = new StringWriter();
        try {
            write(text, executions);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeEvents(Writer out, Execution execution) throws IOException {
        History history = execution.history();
        for (String node : history.nodes()) {
            if (node.chars().anyMatch(c -> Character.isWhitespace(c) || c == '}')) {
                throw new IllegalArgumentException(execution.label() + ": node \"" + node
                        + "\" has a space or a brace in its name, which ShiViz's log format cannot carry");
            }
        }
        VectorClocks clocks = VectorClocks.of(history);
        int written = 0;
        for (Event event : history.events()) {
            int[] clock = clocks.at(event.i());
            if (clock == null) {
                continue;
            }
            out.write(history.node(history.nodeAt(event.i())));
            out.write(' ');
            out.write(clockJson(history, clock));
            out.write(" #" + event.i() + " t=" + event.t() + " ");
            out.write(oneLine(describe(event)));
            out.write('\n');
            written++;
        }
        if (written == 0) {
            throw new IllegalArgumentException(execution.label()
                    + ": no event happens at a node, and ShiViz cannot show an execution without one");
        }
    }

    /** The clock as ShiViz reads it: a JSON object of the non-zero entries, in the header's order. */
    private static String clockJson(History history, int[] clock) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
            json.writeStartObject();
            for (int k = 0; k < clock.length; k++) {
                if (clock[k] > 0) {
                    json.writeNumberField(history.node(k), clock[k]);
                }
            }
            json.writeEndObject();
        }
        return text.toString();
    }

    /** What happened, in the words of the history's fields. */
    static String describe(Event event) {
        if (event instanceof Event.Broadcast b) {
            return "broadcast " + Names.told(b.msg()) + (b.data() == null ? "" : " data=" + b.data());
        } else if (event instanceof Event.Deliver d) {
            return "deliver " + Names.told(d.msg()) + " origin=" + Names.told(d.origin())
                    + (d.data() == null ? "" : " data=" + d.data());
        } else if (event instanceof Event.Send s) {
            String kind = s.data() != null && s.data().has("kind") ? " (" + s.data().get("kind").asText() + ")" : "";
            return "send packet " + s.packet() + kind + " to " + s.to();
        } else if (event instanceof Event.Recv r) {
            return "recv packet " + r.packet() + " from " + r.from();
        } else if (event instanceof Event.Drop d) {
            return "drop packet " + d.packet() + " to " + d.to() + " (" + d.reason() + ")";
        } else if (event instanceof Event.Crash c) {
            return c.reason() == null ? "crash" : "crash (" + c.reason() + ")";
        } else if (event instanceof Event.Log l) {
            return "log " + l.text();
        }
        return event.type();
    }

    private static String oneLine(String text) {
        return text.replace('\r', ' ').replace('\n', ' ');
    }
}
