package herald.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.check.Spec;
import herald.check.Specs;
import herald.grade.Battery;
import herald.grade.BatterySettings;
import herald.grade.Grading;
import herald.grade.Limits;
import herald.grade.Score;
import herald.grade.Submission;
import herald.history.Json;
import herald.process.ProcessSettings;
import herald.process.Program;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How long grading takes: the whole battery of a spec on a Java class (simulated, in a JVM of its
 * own, JVM start included), on a broken one (every failure shrunk, the shrinker's runs on the same
 * budgets), and on a program (real time, N processes per scenario).
 */
public final class GradeBenchmark {

    private GradeBenchmark() {
    }

    /** The command line of {@code herald node --protocol P} from this very build. */
    public static List<String> heraldNode(String protocol) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "herald.cli.Herald", "node", "--protocol", protocol);
    }

    /**
     * Grades {@code protocol} as a Java class, then {@code broken} (a protocol that does not keep the
     * spec, so that its failures are shrunk), then {@code program} as a program, on {@code spec}'s
     * whole battery.
     */
    public static ObjectNode measure(String protocol, String broken, List<String> program, String specName,
            int parallel, Path dir) throws InterruptedException {
        Spec spec = Specs.named(specName);
        ObjectNode json = Json.MAPPER.createObjectNode();
        Battery classes = Battery.of(spec, Battery.Target.CLASSES);
        Score java = Grading.javaClass(Submission.ofProtocol(protocol), spec, classes, BatterySettings.DEFAULT,
                Limits.DEFAULT, dir.resolve("class"), false, "", r -> { });
        json.set("class", figures(java, protocol));
        Score shrunk = Grading.javaClass(Submission.ofProtocol(broken), spec, classes, BatterySettings.DEFAULT,
                Limits.DEFAULT, dir.resolve("broken"), false, "", r -> { });
        ObjectNode brokenFigures = figures(shrunk, broken);
        brokenFigures.put("shrunk", shrunk.results().stream().filter(r -> r.shrunk() != null).count());
        json.set("broken", brokenFigures);
        Battery programs = Battery.of(spec, Battery.Target.PROGRAMS);
        Score bin = Grading.program(new Program(program, null), spec, programs, BatterySettings.DEFAULT,
                ProcessSettings.DEFAULT, parallel, List.of(), dir.resolve("program"), "", r -> { });
        ObjectNode programFigures = figures(bin, String.join(" ", program));
        programFigures.put("parallel", parallel);
        json.set("program", programFigures);
        return json;
    }

    private static ObjectNode figures(Score score, String name) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("submission", name);
        json.put("spec", score.spec());
        json.put("scenarios", score.results().size());
        json.put("passed", score.passed());
        json.put("seconds", Math.round(score.seconds() * 10) / 10.0);
        return json;
    }

    public static String describe(JsonNode figures) {
        return line("grade a Java class ", figures.get("class")) + "\n"
                + line("grade a broken one ", figures.get("broken")) + String.format(Locale.ROOT,
                        ", %d failures shrunk", figures.get("broken").get("shrunk").asInt()) + "\n"
                + line("grade a program    ", figures.get("program")) + String.format(Locale.ROOT, ", %d at a time",
                        figures.get("program").get("parallel").asInt());
    }

    private static String line(String what, JsonNode f) {
        return String.format(Locale.ROOT, "%s %6.1f s for the %s battery (%d scenarios, %d passed): %s", what,
                f.get("seconds").asDouble(), f.get("spec").asText(), f.get("scenarios").asInt(),
                f.get("passed").asInt(), f.get("submission").asText());
    }
}
