package herald.grade;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A score as JUnit XML, the report format CI systems and learning-management systems read: one
 * test case per scenario (a failure with the property and the evidence when it failed, an error
 * when the submission could not be run) and one per goal.
 */
public final class JUnitXml {

    private JUnitXml() {
    }

    /** Writes {@code score} to {@code file}, creating its folder. */
    public static void write(Score score, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, xml(score));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static String xml(Score score) {
        long failures = score.results().stream().filter(r -> r.failed() && !ScenarioResult.START.equals(r.property()))
                .count() + score.goals().stream().filter(g -> !g.met()).count();
        long errors = score.results().stream().filter(r -> ScenarioResult.START.equals(r.property())).count();
        long skipped = score.inconclusive();
        int tests = score.results().size() + score.goals().size();
        String suite = "herald grade: " + score.submission() + " against " + score.spec();
        String className = "herald.grade." + score.spec();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append(String.format(Locale.ROOT, "<testsuites name=\"herald grade\" tests=\"%d\" failures=\"%d\" "
                + "errors=\"%d\" time=\"%.3f\">%n", tests, failures, errors, score.seconds()));
        xml.append(String.format(Locale.ROOT, "  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"%d\" "
                + "skipped=\"%d\" time=\"%.3f\">%n", escape(suite), tests, failures, errors, skipped, score.seconds()));
        xml.append("    <properties>\n");
        property(xml, "battery", score.battery().describe());
        property(xml, "settings", score.settings().describe());
        property(xml, "submission", score.kind() + " " + score.submission());
        property(xml, "replay", score.replay());
        xml.append("    </properties>\n");
        for (ScenarioResult r : score.results()) {
            xml.append(String.format(Locale.ROOT, "    <testcase classname=\"%s\" name=\"%s\" time=\"%.3f\"",
                    escape(className), escape(r.scenario().id()), r.seconds()));
            if (r.passed()) {
                xml.append("/>\n");
                continue;
            }
            if (r.inconclusive()) {
                xml.append(">\n      <skipped message=\"").append(escape("inconclusive: " + r.sentence()))
                        .append("\"/>\n    </testcase>\n");
                continue;
            }
            String tag = ScenarioResult.START.equals(r.property()) ? "error" : "failure";
            xml.append(">\n      <").append(tag).append(" type=\"").append(escape(r.property())).append("\" message=\"")
                    .append(escape(r.sentence())).append("\">")
                    .append(escape(r.sentence() + "\n\n" + score.evidence(r))).append("</").append(tag)
                    .append(">\n    </testcase>\n");
        }
        for (Goal.Judged goal : score.goals()) {
            xml.append("    <testcase classname=\"").append(escape(className)).append(".goals\" name=\"")
                    .append(escape(goal.goal().describe())).append("\"");
            if (goal.met()) {
                xml.append("/>\n");
            } else {
                xml.append(">\n      <failure type=\"goal\" message=\"").append(escape(goal.sentence()))
                        .append("\"/>\n    </testcase>\n");
            }
        }
        xml.append("  </testsuite>\n</testsuites>\n");
        return xml.toString();
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("      <property name=\"").append(name).append("\" value=\"").append(escape(value)).append("\"/>\n");
    }

    /** Text as XML writes it in attributes and content; characters XML 1.0 cannot hold are dropped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '"') {
                out.append("&quot;");
            } else if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
