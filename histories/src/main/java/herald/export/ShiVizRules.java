package herald.export;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a log the way ShiViz checks it before drawing, so that an export is known to be
 * accepted without a browser. The rules, from ShiViz's parser ({@code js/model/parser.js}),
 * vector timestamps ({@code vectorTimestamp.js}) and graph ({@code modelGraph.js}):
 *
 * <ol>
 *   <li>line 1, the parser, has the named groups {@code host}, {@code clock} and {@code event};
 *       line 2, the delimiter, splits the rest into executions whose labels are unique, and each
 *       execution has at least one event;
 *   <li>a clock is a JSON object, and it has an entry for its own host;
 *   <li>each host's own entries start at 1 and rise by exactly 1 per event ("clock values for a
 *       host must increase monotonically by 1"); Herald asks this in file order, ShiViz after
 *       sorting;
 *   <li>an entry for another host names a host of the same execution and one of its events:
 *       between 1 and that host's number of events;
 *   <li>a clock dominates the clock of every event it names (what ShiViz's step-through
 *       verification recomputes; "the log is intransitive" or "impermissible vector clock"
 *       otherwise), and the clock of its host's previous event.
 * </ol>
 *
 * <p>Herald adds one rule of its own: every non-blank line of an execution is an event (ShiViz
 * skips lines its parser does not match, which would hide a broken line).
 */
public final class ShiVizRules {

    private ShiVizRules() {
    }

    /** One event of a parsed log. */
    private record Line(int number, String host, Map<String, Integer> clock) {
    }

    /** The problems ShiViz would have with {@code log}, as sentences; empty when it would draw it. */
    public static List<String> check(String log) {
        List<String> problems = new ArrayList<>();
        String[] head = log.split("\n", 3);
        if (head.length < 3) {
            return List.of("a ShiViz log has a parser line, a delimiter line, then the log");
        }
        Pattern parser;
        Pattern delimiter;
        try {
            parser = Pattern.compile("^" + head[0] + "$", Pattern.MULTILINE);
            delimiter = head[1].isBlank() ? null : Pattern.compile("^" + head[1].trim() + "$", Pattern.MULTILINE);
        } catch (PatternSyntaxException e) {
            return List.of("line 1 or 2 is not a regular expression: " + e.getDescription());
        }
        for (String group : List.of("host", "clock", "event")) {
            if (!head[0].contains("(?<" + group + ">")) {
                problems.add("the parser has no named group \"" + group + "\"");
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        Map<String, int[]> executions = split(head[2], delimiter, problems);
        for (Map.Entry<String, int[]> execution : executions.entrySet()) {
            int[] span = execution.getValue();
            checkExecution(execution.getKey(), head[2].substring(span[0], span[1]), lineOf(head[2], span[0]) + 2,
                    parser, problems);
        }
        return problems;
    }

    /** Execution labels to the span of their text, in order; the text before any delimiter is labelled "". */
    private static Map<String, int[]> split(String text, Pattern delimiter, List<String> problems) {
        Map<String, int[]> executions = new LinkedHashMap<>();
        if (delimiter == null) {
            executions.put("", new int[] {0, text.length()});
            return executions;
        }
        Matcher m = delimiter.matcher(text);
        String label = "";
        int start = 0;
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            if (!text.substring(start, end).isBlank() && executions.put(label, new int[] {start, end}) != null) {
                problems.add("two executions are labelled \"" + label + "\"; labels must be unique");
            }
            if (!found) {
                return executions;
            }
            label = hasGroup(delimiter, "trace") ? m.group("trace") : "";
            start = m.end();
        }
    }

    private static boolean hasGroup(Pattern pattern, String name) {
        return pattern.pattern().contains("(?<" + name + ">");
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static void checkExecution(String label, String text, int firstLine, Pattern parser, List<String> problems) {
        String where = "execution \"" + label + "\"";
        List<Line> events = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            int number = firstLine + k;
            if (lines[k].isBlank()) {
                continue;
            }
            Matcher m = parser.matcher(lines[k]);
            if (!m.matches()) {
                problems.add(where + ", line " + number + ": not an event: " + lines[k]);
                continue;
            }
            Map<String, Integer> clock = clock(m.group("clock"), where + ", line " + number, problems);
            if (clock == null) {
                continue;
            }
            if (!clock.containsKey(m.group("host"))) {
                problems.add(where + ", line " + number + ": host \"" + m.group("host") + "\" is missing from its clock");
                continue;
            }
            events.add(new Line(number, m.group("host"), clock));
        }
        if (events.isEmpty()) {
            problems.add(where + " has no event the parser captures");
            return;
        }
        Map<String, List<Line>> byHost = new LinkedHashMap<>();
        for (Line line : events) {
            List<Line> mine = byHost.computeIfAbsent(line.host(), h -> new ArrayList<>());
            int own = line.clock().get(line.host());
            if (own != mine.size() + 1) {
                problems.add(where + ", line " + line.number() + ": the clock of host \"" + line.host() + "\" goes from "
                        + mine.size() + " to " + own + "; it must start at 1 and rise by exactly 1 per event");
            }
            mine.add(line);
        }
        for (Line line : events) {
            checkEntries(where, line, byHost, problems);
        }
    }

    private static Map<String, Integer> clock(String json, String where, List<String> problems) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            problems.add(where + ": the clock is not JSON: " + json);
            return null;
        }
        if (tree == null || !tree.isObject()) {
            problems.add(where + ": the clock is not a JSON object: " + json);
            return null;
        }
        Map<String, Integer> clock = new HashMap<>();
        var fields = tree.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().canConvertToInt() || !field.getValue().isIntegralNumber() || field.getValue().asInt() < 0) {
                problems.add(where + ": the clock entry of \"" + field.getKey() + "\" is not a count: " + field.getValue());
                return null;
            }
            if (field.getValue().asInt() > 0) {
                clock.put(field.getKey(), field.getValue().asInt());
            }
        }
        return clock;
    }

    private static void checkEntries(String where, Line line, Map<String, List<Line>> byHost, List<String> problems) {
        String at = where + ", line " + line.number() + ": ";
        List<Line> mine = byHost.get(line.host());
        int own = line.clock().get(line.host());
        if (own >= 2 && own - 2 < mine.size() && !dominates(line.clock(), mine.get(own - 2).clock())) {
            problems.add(at + "the clock falls below the clock of the host's previous event (line "
                    + mine.get(own - 2).number() + ")");
        }
        for (Map.Entry<String, Integer> entry : line.clock().entrySet()) {
            if (entry.getKey().equals(line.host())) {
                continue;
            }
            List<Line> theirs = byHost.get(entry.getKey());
            if (theirs == null) {
                problems.add(at + "the clock names host \"" + entry.getKey() + "\", which has no event here");
            } else if (entry.getValue() > theirs.size()) {
                problems.add(at + "the clock gives host \"" + entry.getKey() + "\" the time " + entry.getValue()
                        + ", but it has only " + theirs.size() + " events");
            } else if (!dominates(line.clock(), theirs.get(entry.getValue() - 1).clock())) {
                problems.add(at + "the clock does not dominate the clock of the event it names on host \""
                        + entry.getKey() + "\" (line " + theirs.get(entry.getValue() - 1).number() + ")");
            }
        }
    }

    /** Whether every entry of {@code b} is at most the same entry of {@code a}. */
    private static boolean dominates(Map<String, Integer> a, Map<String, Integer> b) {
        for (Map.Entry<String, Integer> entry : b.entrySet()) {
            if (a.getOrDefault(entry.getKey(), 0) < entry.getValue()) {
                return false;
            }
        }
        return true;
    }
}
