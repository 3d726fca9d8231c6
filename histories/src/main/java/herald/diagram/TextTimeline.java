package herald.diagram;

import herald.history.Event;
import herald.history.History;
import herald.history.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A history for a terminal: one line per event, one column per node, time flowing down, faults
 * and lost packets in a column of their own on the right, and the verdict's violations numbered
 * V1, V2, … both above the table and beside the events they cite.
 *
 * <pre>
 *         #        t  n1                  n2                  n3                  network
 *        11  162.0 ms broadcast n1-1
 *        15                                                                       p5 n1→n3 lost (loss)
 *  V1    20  334.5 ms                                         broadcast n3-1
 * </pre>
 */
public final class TextTimeline {

    private static final int COLUMN = 20;

    private TextTimeline() {
    }

    /** The timeline of every event; {@code packets} false leaves out sends, receipts and drops. */
    public static String render(History history, Judgement judgement, String title, boolean packets) {
        StringBuilder out = new StringBuilder();
        out.append(title).append('\n');
        verdict(out, judgement);
        Map<Integer, List<Integer>> cited = cited(judgement);
        int markWidth = Math.max(2, cited.values().stream().mapToInt(v -> marks(v).length()).max().orElse(0));
        int nodes = history.nodeCount();
        StringBuilder line = new StringBuilder();
        line.append(pad("", markWidth)).append(' ').append(padLeft("#", 7)).append(' ').append(padLeft("t", 10)).append("  ");
        for (int k = 0; k < nodes; k++) {
            line.append(pad(history.node(k), COLUMN));
        }
        out.append(line.append("network").toString().stripTrailing()).append('\n');
        String lastTime = null;
        for (Event event : history.events()) {
            boolean packet = event instanceof Event.Send || event instanceof Event.Recv || event instanceof Event.Drop;
            if (packet && !packets) {
                continue;
            }
            line.setLength(0);
            List<Integer> mine = cited.get(event.i());
            String time = time(event.t(), history);
            line.append(pad(mine == null ? "" : marks(mine), markWidth)).append(' ')
                    .append(padLeft(String.valueOf(event.i()), 7)).append(' ')
                    .append(padLeft(time.equals(lastTime) ? "" : time, 10)).append("  ");
            lastTime = time;
            int column = event instanceof Event.Drop ? -1 : history.nodeAt(event.i());
            for (int k = 0; k < nodes; k++) {
                line.append(pad(k == column ? fit(onNode(event)) : "", COLUMN));
            }
            if (column < 0) {
                line.append(inNetwork(event, history));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static void verdict(StringBuilder out, Judgement judgement) {
        if (!judgement.checked()) {
            judgement.warnings().forEach(w -> out.append("not checked: ").append(w).append('\n'));
            out.append('\n');
            return;
        }
        long violated = judgement.properties().stream().filter(p -> !p.held()).count();
        out.append(judgement.spec()).append(": ").append(judgement.valid() ? "valid, every property held"
                : "INVALID, " + violated + " of " + judgement.properties().size() + " properties violated").append('\n');
        int number = 1;
        for (Judgement.Property property : judgement.properties()) {
            if (property.held()) {
                continue;
            }
            out.append("  ").append(property.name()).append(" violated ").append(property.count())
                    .append(property.count() == 1 ? " time\n" : " times\n");
            for (Judgement.Evidence evidence : property.examples()) {
                out.append("    V").append(number++).append("  ").append(evidence.sentence()).append('\n');
            }
            if (property.count() > property.examples().size()) {
                out.append("    … and ").append(property.count() - property.examples().size()).append(" more\n");
            }
        }
        judgement.warnings().forEach(w -> out.append("  warning: ").append(w).append('\n'));
        out.append('\n');
    }

    private static Map<Integer, List<Integer>> cited(Judgement judgement) {
        Map<Integer, List<Integer>> cited = new TreeMap<>();
        List<Judgement.Evidence> evidence = judgement.evidence();
        for (int n = 0; n < evidence.size(); n++) {
            for (int i : evidence.get(n).events()) {
                List<Integer> list = cited.computeIfAbsent(i, key -> new ArrayList<>());
                if (!list.contains(n)) {
                    list.add(n);
                }
            }
        }
        return cited;
    }

    private static String marks(List<Integer> violations) {
        StringBuilder text = new StringBuilder();
        for (int n : violations) {
            text.append(text.length() == 0 ? "" : ",").append('V').append(n + 1);
        }
        return text.toString();
    }

    private static String onNode(Event event) {
        if (event instanceof Event.Broadcast b) {
            return "broadcast " + Names.told(b.msg());
        } else if (event instanceof Event.Deliver d) {
            return "deliver " + Names.told(d.msg());
        } else if (event instanceof Event.Send s) {
            return "send p" + s.packet() + "→" + s.to();
        } else if (event instanceof Event.Recv r) {
            return "recv p" + r.packet() + "←" + r.from();
        } else if (event instanceof Event.Crash c) {
            return c.reason() == null ? "CRASH" : "CRASH (" + c.reason() + ")";
        } else if (event instanceof Event.Recover) {
            return "RECOVER";
        } else if (event instanceof Event.Log l) {
            return "log: " + l.text();
        }
        return event.type();
    }

    private static String inNetwork(Event event, History history) {
        if (event instanceof Event.Fault f) {
            if (!f.isStart()) {
                return f.fault() + " stops";
            }
            return new FaultInterval(f.i(), -1, f.fault(), f.detail()).label() + " starts";
        } else if (event instanceof Event.Drop d) {
            return "p" + d.packet() + " " + d.node() + "→" + d.to() + " lost (" + d.reason() + ")";
        } else if (event instanceof Event.End e) {
            return e.healedAt() == null ? "end" : "end (healed at " + time(e.healedAt(), history) + ")";
        }
        return event.type();
    }

    /** {@code t} in the history's unit, microseconds shown as µs, ms or s. */
    public static String time(long t, History history) {
        String unit = history.header().timeUnit();
        if (!unit.equals("us")) {
            return t + " " + unit;
        }
        if (t >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.3f s", t / 1e6);
        }
        if (t >= 1_000) {
            return String.format(java.util.Locale.ROOT, "%.1f ms", t / 1e3);
        }
        return t + " µs";
    }

    private static String fit(String text) {
        return text.length() < COLUMN ? text : text.substring(0, COLUMN - 2) + "…";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static String padLeft(String text, int width) {
        return text.length() >= width ? text : " ".repeat(width - text.length()) + text;
    }
}
