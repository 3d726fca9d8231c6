package herald.grade;

import herald.check.Spec;
import herald.history.History;
import herald.history.HistoryReader;
import herald.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A grade as one standalone page, {@code report.html}: the scorecard, then each failing scenario
 * with its evidence (the first violation, the verdict, stack traces, diagnostics, each node's
 * stderr) and the space-time diagram of its run, embedded so that the page travels alone; for a
 * Java class, of the shrunk run, with its sizes before and after shrinking, the command that
 * replays it, and links to the run as found. Like the diagrams, it fetches nothing.
 */
public final class ScoreReport {

    /** Failing scenarios whose diagram is drawn in the page; the others link to their own report. */
    private static final int DRAWN = 12;
    private static final String POLICY =
            "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";
    private static final String STYLE = "body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#222}"
            + "table{border-collapse:collapse}td,th{padding:3px 10px;border-bottom:1px solid #eee;text-align:left;"
            + "vertical-align:top}.pass{color:#2e7d32}.fail{color:#c62828;font-weight:600}pre{background:#f6f6f6;"
            + "padding:8px;overflow:auto;max-height:24em}iframe{width:100%;height:720px;border:1px solid #ccc}"
            + "section{margin:28px 0;border-top:2px solid #ddd}h1{font-size:20px}h2{font-size:17px}";

    private ScoreReport() {
    }

    /** Writes the page for {@code score} into {@code dir} and returns its path. */
    public static Path write(Score score, Spec spec, Path dir) {
        Path file = dir.resolve("report.html");
        try {
            Files.createDirectories(dir);
            herald.history.Utf8.write(file, html(score, spec, dir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    static String html(Score score, Spec spec, Path dir) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<title>").append(esc("grade: " + score.submission())).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>")
                .append(esc(score.submission() + " against " + score.spec())).append("</h1>\n<p>")
                .append(esc("battery " + score.battery().describe())).append("<br>")
                .append(esc("runs: " + score.settings().describe())).append("<br>");
        String failure = score.startFailure();
        if (failure != null) {
            page.append("<b class=\"fail\">could not be run: ").append(esc(failure)).append("</b>");
        } else {
            page.append(String.format(Locale.ROOT, "<b>%d of %d scenarios passed</b> (%.1f s)", score.passed(),
                    score.results().size(), score.seconds()));
        }
        page.append("</p>\n<table>\n<tr><th>scenario</th><th>nemesis</th><th>result</th><th>first failure</th></tr>\n");
        for (ScenarioResult r : score.results()) {
            page.append("<tr><td>").append(r.passed() ? esc(r.scenario().id())
                    : "<a href=\"#" + anchor(r) + "\">" + esc(r.scenario().id()) + "</a>")
                    .append("</td><td>").append(esc(r.scenario().nemesis())).append("</td><td class=\"")
                    .append(r.passed() ? "pass\">pass" : r.inconclusive() ? "\">inconclusive" : "fail\">FAIL").append("</td><td>")
                    .append(r.passed() ? "" : esc(r.sentence())).append("</td></tr>\n");
        }
        for (Goal.Judged goal : score.goals()) {
            page.append("<tr><td colspan=\"2\">goal</td><td class=\"").append(goal.met() ? "pass\">met" : "fail\">NOT MET")
                    .append("</td><td>").append(esc(goal.sentence())).append("</td></tr>\n");
        }
        page.append("</table>\n");
        if (!score.output().isBlank()) {
            page.append("<h2>What the class printed</h2>\n<pre>").append(esc(score.output())).append("</pre>\n");
        }
        int drawn = 0;
        for (ScenarioResult r : score.results()) {
            if (!r.passed()) {
                section(page, r, score, spec, dir, drawn++ < DRAWN);
            }
        }
        return page.append("</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder page, ScenarioResult r, Score score, Spec spec, Path dir, boolean draw) {
        page.append("<section id=\"").append(anchor(r)).append("\">\n<h2>").append(esc(r.scenario().id()))
                .append(": ").append(esc(r.property())).append("</h2>\n<p>").append(esc(r.sentence())).append("</p>\n");
        ScenarioResult.Shrunk shrunk = r.shrunk();
        page.append("<p>");
        if (shrunk != null) {
            page.append(esc(shrunk.shrinking())).append("<br>replay: <code>").append(esc(shrunk.replay()))
                    .append("</code><br>as found: ").append(link(dir, shrunk.found(), "its history"));
            Path found = Path.of(shrunk.found()).resolveSibling(Report.FILE);
            if (Files.exists(found)) {
                page.append(" · ").append(link(dir, found.toString(), "its report"));
            }
            page.append("<br>grade again: <code>");
        } else {
            page.append("replay: <code>");
        }
        page.append(esc(score.replay(r.scenario().id()))).append("</code></p>\n");
        if (r.verdict() != null) {
            page.append("<pre>").append(esc(r.verdict())).append("</pre>\n");
        }
        for (String trace : r.traces()) {
            page.append("<pre>").append(esc(trace)).append("</pre>\n");
        }
        if (!r.diagnostics().isEmpty()) {
            page.append("<ul>\n");
            r.diagnostics().forEach(d -> page.append("<li>").append(esc(d)).append("</li>\n"));
            page.append("</ul>\n");
        }
        for (Map.Entry<String, String> stderr : r.stderr().entrySet()) {
            page.append("<details><summary>").append(esc(stderr.getKey())).append(" stderr</summary><pre>")
                    .append(esc(stderr.getValue())).append("</pre></details>\n");
        }
        if (r.history() != null && Files.exists(Path.of(r.history()))) {
            Path own = Path.of(r.history()).resolveSibling(Report.FILE);
            page.append("<p>history: <code>").append(esc(Score.relative(dir, r.history()))).append("</code>");
            if (Files.exists(own)) {
                page.append(" · ").append(link(dir, own.toString(), "its report on a page of its own"));
            }
            page.append("</p>\n");
            if (draw) {
                History history = HistoryReader.read(Path.of(r.history()));
                String diagram = Report.html(history, spec.check(history), r.scenario().id());
                page.append("<iframe title=\"").append(esc(r.scenario().id())).append("\" srcdoc=\"")
                        .append(esc(diagram)).append("\"></iframe>\n");
            }
        }
        page.append("</section>\n");
    }

    private static String link(Path dir, String file, String text) {
        return "<a href=\"" + esc(Score.relative(dir, file)) + "\">" + esc(text) + "</a>";
    }

    private static String anchor(ScenarioResult r) {
        return r.scenario().file();
    }

    private static String esc(String text) {
        return text == null ? "" : JUnitXml.escape(text);
    }
}
