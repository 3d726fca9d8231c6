package herald.history;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
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
    /** The decompressing stream of a gzip'd history, or null for a plain one. */
    private final GzipPrefix gzip;
    private final java.util.Map<String, Integer> crashedAt = new java.util.HashMap<>();
    private final Set<String> warnedAfterCrash = new HashSet<>();
    /** Every packet sent so far, by its id: what a recv or a drop of it must agree with. */
    private final java.util.Map<Long, Event.Send> sent = new java.util.HashMap<>();
    private long lineNumber;
    private History.Builder history;
    private Header header;
    private long lastTime;
    private boolean ended;
    /** The last complete line read, and whether the line after it was cut off mid-write. */
    private long lastLine;
    private boolean lastLineCutOff;
    /** Each unknown event type met, with how often and the line of its first event. */
    private final java.util.Map<String, long[]> unknownTypes = new java.util.TreeMap<>();

    private HistoryReader(String name, InputStream in, GzipPrefix gzip) {
        this.name = name;
        this.input = new CountingStream(gzip != null ? gzip : in);
        this.gzip = gzip;
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
            GzipPrefix gzip = b0 == 0x1f && b1 == 0x8b ? new GzipPrefix(in) : null;
            return new HistoryReader(name, in, gzip).readAll();
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
        }
        String cut = gzip == null ? null : gzip.cut();
        if (cut != null && !lastLineCutOff) {
            // The break fell on a line end: the complete lines are the prefix, as for a plain file.
            lineNumber = lastLine + 1;
            if (header == null) {
                throw problem("the file is cut off before its header line ends (" + cut + ")");
            }
            warnings.add(name + ":" + lineNumber + ": the history is cut off here (" + cut + "); the "
                    + history.size() + " complete events before it were read");
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
            LineFields fields;
            ObjectNode tree = null;
            try {
                if (header == null) {
                    tree = p.readValueAsTree();
                    fields = null;
                } else {
                    fields = LineFields.read(p);
                    if (fields.mistake != null) {
                        throw problem(fields.mistake);
                    }
                }
            } catch (JsonProcessingException e) {
                boolean onThisLine = e.getLocation() != null && e.getLocation().getLineNr() == lineNumber;
                String cut = gzip == null ? null : gzip.cut();
                // A gzip'd file can break off inside a character, which is not an end-of-input error.
                if (onThisLine && input.last() != '\n' && (e instanceof JsonEOFException || cut != null)) {
                    if (header == null) {
                        throw problem("the file is cut off before its header line ends"
                                + (cut == null ? "" : " (" + cut + ")"));
                    }
                    warnings.add(name + ":" + lineNumber + ": the last line is cut off ("
                            + (cut != null ? cut + "; " : "") + (input.count() - startByte)
                            + " bytes without a line end); it was ignored");
                    lastLineCutOff = true;
                    break;
                }
                throw notJson(e, lineNumber, startByte);
            }
            if (p.currentTokenLocation().getLineNr() != lineNumber) {
                throw problem("the JSON object does not end on its line (one event per line)");
            }
            previousLine = lineNumber;
            lastLine = lineNumber;
            if (header == null) {
                try {
                    header = HeaderLine.parse(tree);
                } catch (IllegalArgumentException e) {
                    throw problem(e.getMessage());
                }
                history = History.builder(header);
            } else {
                Event event = event(fields);
                checkPacket(event);
                history.add(event);
                noticeStepsAfterCrash(event, warnings);
            }
        }
    }

    /**
     * A packet is sent once (its id is unique in the run), and received or dropped only after its
     * send, between the same two processes: what diagrams and exports draw a packet's arrow from.
     */
    private void checkPacket(Event event) {
        if (event instanceof Event.Send s) {
            Event.Send before = sent.putIfAbsent(s.packet(), s);
            if (before != null) {
                throw problem("packet " + s.packet() + " was sent already (#" + before.i() + ", " + route(before)
                        + "); a packet's id is unique in the run");
            }
        } else if (event instanceof Event.Recv r) {
            sameRoute(r.packet(), r.from(), r.node(), "received");
        } else if (event instanceof Event.Drop d) {
            sameRoute(d.packet(), d.node(), d.to(), "dropped");
        }
    }

    private void sameRoute(long packet, String from, String to, String what) {
        Event.Send send = sent.get(packet);
        if (send == null) {
            throw problem("packet " + packet + " is " + what + " (" + Names.told(from) + " to " + Names.told(to)
                    + "), but no send before it sent it");
        }
        if (!send.node().equals(from) || !send.to().equals(to)) {
            throw problem("packet " + packet + " went " + route(send) + " (#" + send.i() + "), but here it is " + what
                    + " going " + Names.told(from) + " to " + Names.told(to));
        }
    }

    private static String route(Event.Send send) {
        return Names.told(send.node()) + " to " + Names.told(send.to());
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
        return problem("not valid JSON: " + Json.problem(e));
    }

    private HistoryFormatException problem(String what) {
        return new HistoryFormatException(name, lineNumber, what);
    }

    private Event event(LineFields f) {
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
        Event event;
        try {
            event = EventLine.decode(f, expected, f.t, history, header);
        } catch (IllegalArgumentException e) {
            throw problem(e.getMessage());
        }
        if (event instanceof Event.End) {
            ended = true;
        } else if (event instanceof Event.Unknown) {
            unknownTypes.computeIfAbsent(f.type, type -> new long[] {0, lineNumber})[0]++;
        }
        return event;
    }
}
