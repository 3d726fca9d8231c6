package herald.gallery;

import herald.diagram.TextTimeline;
import herald.history.Event;
import herald.history.History;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What happened in an entry, told by hand ({@code resources/herald/gallery/<property>.md}): a
 * title line ({@code # …}), a paragraph defining the property, and the story. The story cites the
 * history's events by what they are, never by number, and the numbers are filled in from the
 * history: {@code #{deliver n2 n1-1}} becomes {@code #16}, {@code @{crash n1}} the time of that
 * crash ({@code 1.0 ms}). When the history changes, a citation that no longer finds its event (or
 * finds several) stops the gallery with the citation named: the story must be told again.
 *
 * <p>Citations: {@code broadcast MSG}, {@code deliver NODE MSG}, {@code crash NODE}, {@code
 * recover NODE}, {@code send P}, {@code recv P}, {@code drop P} (P a packet, {@code p3}), {@code
 * start FAULT}, {@code stop FAULT}, {@code end}; a last number {@code K} picks the K-th of several
 * ({@code #{recv p0 2}}: the second copy of p0 to arrive).
 *
 * @param property whose story it is
 * @param title the title line, without its {@code #}
 * @param definition the property's definition, one paragraph
 * @param body the story, citations resolved
 */
public record Story(String property, String title, String definition, String body) {

    private static final Pattern CITATION = Pattern.compile("([#@])\\{([^}]*)}");

    /** The title without the property's name before it: "n2 delivers a message that n3 never will". */
    public String headline() {
        int colon = title.indexOf(": ");
        return colon < 0 ? title : title.substring(colon + 2);
    }

    /** The file a property's story is kept in, on the class path. */
    static String resource(String property) {
        return "herald/gallery/" + property + ".md";
    }

    /** The story of {@code property}, its citations resolved against {@code history}. */
    public static Story of(String property, History history) {
        return parse(property, read(resource(property)), history);
    }

    static Story parse(String property, String text, History history) {
        String where = resource(property);
        String[] parts = text.strip().split("\\n\\s*\\n", 3);
        if (parts.length < 3 || !parts[0].startsWith("# ")) {
            throw new IllegalStateException(where + ": a story is a title line (# …), a paragraph defining the "
                    + "property, and the story, separated by blank lines");
        }
        return new Story(property, parts[0].substring(2).strip(), resolve(where, parts[1], history),
                resolve(where, parts[2], history));
    }

    private static String resolve(String where, String text, History history) {
        Matcher m = CITATION.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Event event = find(where, m.group(2).strip(), history);
            String value = m.group(1).equals("#") ? "#" + event.i() : TextTimeline.time(event.t(), history);
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** The one event a citation names. */
    static Event find(String where, String citation, History history) {
        List<String> words = new ArrayList<>(List.of(citation.split("\\s+")));
        int nth = 0;
        if (words.size() > 1 && words.get(words.size() - 1).matches("\\d+")) {
            nth = Integer.parseInt(words.remove(words.size() - 1));
        }
        Predicate<Event> wanted = matcher(where, citation, words);
        List<Event> found = history.events().stream().filter(wanted).toList();
        String problem = null;
        if (found.isEmpty()) {
            problem = "the history has no such event";
        } else if (nth == 0 && found.size() > 1) {
            problem = "it matches " + found.size() + " events (" + indices(found) + "); add which one, e.g. {"
                    + citation + " 1}";
        } else if (nth > found.size()) {
            problem = "the history has only " + found.size() + " such events";
        }
        if (problem != null) {
            throw new IllegalStateException(where + " cites {" + citation + "}, but " + problem
                    + ": the history changed, so the story must be told again");
        }
        return found.get(Math.max(nth, 1) - 1);
    }

    private static Predicate<Event> matcher(String where, String citation, List<String> w) {
        String kind = w.get(0);
        int arguments = switch (kind) {
            case "end" -> 1;
            case "deliver" -> 3;
            default -> 2;
        };
        if (w.size() != arguments) {
            throw new IllegalStateException(where + ": cannot read the citation {" + citation + "}");
        }
        return switch (kind) {
            case "broadcast" -> e -> e instanceof Event.Broadcast b && b.msg().equals(w.get(1));
            case "deliver" -> e -> e instanceof Event.Deliver d && d.node().equals(w.get(1)) && d.msg().equals(w.get(2));
            case "crash" -> e -> e instanceof Event.Crash c && c.node().equals(w.get(1));
            case "recover" -> e -> e instanceof Event.Recover r && r.node().equals(w.get(1));
            case "send" -> e -> e instanceof Event.Send s && packet(s.packet()).equals(w.get(1));
            case "recv" -> e -> e instanceof Event.Recv r && packet(r.packet()).equals(w.get(1));
            case "drop" -> e -> e instanceof Event.Drop d && packet(d.packet()).equals(w.get(1));
            case "start" -> e -> e instanceof Event.Fault f && f.isStart() && f.fault().equals(w.get(1));
            case "stop" -> e -> e instanceof Event.Fault f && !f.isStart() && f.fault().equals(w.get(1));
            case "end" -> e -> e instanceof Event.End;
            default -> throw new IllegalStateException(where + ": cannot read the citation {" + citation + "}");
        };
    }

    private static String packet(long id) {
        return "p" + id;
    }

    private static String indices(List<Event> events) {
        List<String> out = new ArrayList<>();
        for (Event e : events) {
            out.add("#" + e.i());
        }
        return String.join(", ", out);
    }

    private static String read(String resource) {
        try (InputStream in = Story.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no story " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
