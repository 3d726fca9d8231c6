package herald.diagram;

import herald.history.IoError;
import herald.history.Utf8;
import herald.history.History;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A history as a page people can read in a minute: the verdict at the top, each violation
 * numbered and coloured, and below it a space-time diagram, one vertical line per node, time
 * flowing down, with broadcasts, deliveries, crashes, packets and the faults that were on.
 *
 * <p>The page is one standalone HTML file: its style, its script and the history itself are
 * inline, and its content security policy forbids fetching anything, so it opens offline, from a
 * mail attachment or a course's website alike. The script draws only the part of the diagram
 * near the screen, so a history of 10^5 events is as quick to scroll as one of ten.
 */
public final class Diagram {

    private static final String[] ALARM = {"#d62728", "#c2185b", "#e65100", "#6a1b9a", "#b71c1c", "#880e4f"};
    private static final String STYLE = resource("spacetime.css");
    private static final String SCRIPT = "(function () {\n'use strict';\n" + resource("spacetime-layout.js")
            + resource("spacetime-draw.js") + resource("spacetime-page.js") + "})();\n";
    private static final String POLICY =
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

    private Diagram() {
    }

    /** The page for {@code history} judged by {@code judgement}, titled {@code title}. */
    public static String html(History history, Judgement judgement, String title) {
        StringBuilder page = new StringBuilder(4096 + history.size() * 110);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<header class=\"report\">\n<h1>").append(escape(title)).append("</h1>\n")
                .append("<p class=\"provenance\">").append(escape(provenance(history))).append("</p>\n");
        VerdictPanel.append(page, judgement);
        controls(page, history);
        page.append("<div id=\"status\"></div>\n</header>\n")
                .append("<noscript><p>The diagram is drawn by the page's script; the verdict above needs none.</p>"
                        + "</noscript>\n")
                .append("<main>\n<div id=\"lane-names\"></div>\n")
                .append("<svg id=\"canvas\" xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\">")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\" ")
                .append("markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0 L8 4 L0 8 z\" fill=\"#555\"/></marker>")
                .append("</defs><g id=\"layer\"></g></svg>\n</main>\n")
                .append("<div id=\"tip\"></div>\n<canvas id=\"overview\"></canvas>\n")
                .append("<script type=\"application/json\" id=\"herald-data\">")
                .append(DiagramData.json(history, judgement)).append("</script>\n")
                .append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return page.toString();
    }

    /** Writes the page to {@code file}, creating its directory. */
    public static void write(Path file, History history, Judgement judgement, String title) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Utf8.write(file, html(history, judgement, title));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + IoError.reason(e), e);
        }
    }

    /** A title from the history's header: {@code best-effort, seed 6}, or {@code fallback}. */
    public static String title(History history, String fallback) {
        String protocol = history.header().text("protocol");
        String seed = history.header().text("seed");
        if (protocol == null) {
            return fallback;
        }
        return seed == null ? protocol : protocol + ", seed " + seed;
    }

    /** The colour of violation number {@code n} (0-based), the same in the verdict and the diagram. */
    static String color(int n) {
        return ALARM[n % ALARM.length];
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String provenance(History history) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("protocol", "spec", "seed", "nemesis")) {
            String value = history.header().text(field);
            if (value != null) {
                parts.add(field + " " + value);
            }
        }
        parts.add(history.nodeCount() + " nodes");
        parts.add(history.size() + " events");
        parts.add(history.header().model());
        parts.add(DiagramData.traced(history) ? "packets traced" : "packets not traced");
        if (!history.complete()) {
            parts.add("no end event: the run did not finish");
        }
        return String.join(" · ", parts);
    }

    private static void controls(StringBuilder page, History history) {
        boolean traced = DiagramData.traced(history);
        page.append("<div class=\"controls\">\n")
                .append("<span>time <button data-mode=\"step\" class=\"on\" title=\"each moment its own row\">by step")
                .append("</button><button data-mode=\"scale\" title=\"rows as far apart as the time between them\">")
                .append("to scale</button></span>\n")
                .append("<span>zoom <button data-zoom=\"out\" title=\"zoom out (-)\">&minus;</button>")
                .append("<button data-zoom=\"in\" title=\"zoom in (+)\">+</button>")
                .append("<button data-zoom=\"fit\" title=\"the whole history on one screen\">fit</button></span>\n")
                .append("<label><input type=\"checkbox\" data-show=\"packets\"").append(traced ? " checked" : "")
                .append(traced ? "" : " disabled").append("> packets</label>\n")
                .append("<label><input type=\"checkbox\" data-show=\"messages\"").append(traced ? "" : " checked")
                .append("> message lines</label>\n")
                .append("<label><input type=\"checkbox\" data-show=\"labels\" checked> labels</label>\n")
                .append("</div>\n<div class=\"legend\">")
                .append(key("<circle cx=\"8\" cy=\"8\" r=\"5.5\" fill=\"#1f77b4\"/>", "broadcast"))
                .append(key("<circle cx=\"8\" cy=\"8\" r=\"4.5\" fill=\"#fff\" stroke=\"#1f77b4\" stroke-width=\"2.5\"/>",
                        "deliver (colour of its origin)"))
                .append(key("<line x1=\"1\" y1=\"4\" x2=\"15\" y2=\"12\" stroke=\"#555\"/>", "packet"))
                .append(key("<line x1=\"1\" y1=\"4\" x2=\"11\" y2=\"10\" stroke=\"#c62828\" stroke-dasharray=\"3 2\"/>"
                        + "<path d=\"M9 7 L15 13 M9 13 L15 7\" stroke=\"#c62828\" stroke-width=\"2\"/>", "packet lost"))
                .append(key("<path d=\"M3 3 L13 13 M3 13 L13 3\" stroke=\"#d62728\" stroke-width=\"3\"/>", "crash"))
                .append(key("<path d=\"M8 2 L14 13 L2 13 Z\" fill=\"#2e7d32\"/>", "recover"))
                .append(key("<rect x=\"1\" y=\"1\" width=\"6\" height=\"14\" fill=\"#cfe3ff\"/>"
                        + "<rect x=\"9\" y=\"1\" width=\"6\" height=\"14\" fill=\"#ffdcae\"/>", "partition groups"))
                .append(key("<rect x=\"1\" y=\"1\" width=\"14\" height=\"14\" fill=\"#bdbdbd\" fill-opacity=\"0.4\"/>",
                        "loss"))
                .append("<span>hover an event for its fields</span></div>\n");
    }

    private static String key(String icon, String label) {
        return "<span><svg width=\"16\" height=\"16\">" + icon + "</svg> " + label + "</span>";
    }

    private static String resource(String name) {
        try (InputStream in = Diagram.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the resource herald/diagram/" + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
