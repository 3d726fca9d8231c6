package herald.grade;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import herald.hunt.Counterexample;
import herald.run.Version;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A submission's grade: every scenario of the battery with its result, the goals, and how to
 * replay a failure; printed as a scorecard, written as {@code score.json}, JUnit XML and
 * {@code report.html}.
 *
 * @param submission what was graded, as its name (a class, a protocol, a command line)
 * @param kind {@code class}, {@code protocol} or {@code program}
 * @param spec the spec it was graded against
 * @param battery the battery (its version, its kinds, what it left out)
 * @param settings the size of its runs
 * @param results one per scenario graded, in the battery's order
 * @param goals the performance goals, judged
 * @param output what a Java class printed (stdout and stderr, up to a limit), or empty
 * @param replay the command that grades again; {@link #replay(String)} makes it replay one scenario
 * @param seconds how long grading took
 */
public record Score(String submission, String kind, String spec, Battery battery, BatterySettings settings,
        List<ScenarioResult> results, List<Goal.Judged> goals, String output, String replay, double seconds) {

    /** This score without paths to histories, for a grade whose files are not kept. */
    public Score withoutHistories() {
        return new Score(submission, kind, spec, battery, settings,
                results.stream().map(ScenarioResult::withoutHistory).toList(), goals, output, replay, seconds);
    }

    /** Why the submission could not be run at all (its first scenario could not start), or null. */
    public String startFailure() {
        return results.isEmpty() || !ScenarioResult.START.equals(results.get(0).property()) ? null
                : results.get(0).sentence();
    }

    /** How many scenarios could not be judged. */
    public long inconclusive() {
        return results.stream().filter(ScenarioResult::inconclusive).count();
    }

    public long passed() {
        return results.stream().filter(ScenarioResult::passed).count();
    }

    /**
     * 0: every scenario passed and every goal was met; 1: something failed; 2: it could not be run;
     * 3: nothing failed, but some scenarios could not be judged (grade them again).
     */
    public int exitCode() {
        if (startFailure() != null) {
            return 2;
        }
        if (results.stream().anyMatch(ScenarioResult::failed) || !goals.stream().allMatch(Goal.Judged::met)) {
            return 1;
        }
        return inconclusive() > 0 ? 3 : 0;
    }

    /** The command that grades scenario {@code id} again, alone (before {@code --bin}, which takes the rest). */
    public String replay(String id) {
        int bin = replay.indexOf(" --bin ");
        String only = " --scenarios " + id;
        return bin < 0 ? replay + only : replay.substring(0, bin) + only + replay.substring(bin);
    }

    /**
     * The scorecard's line for one scenario; for a shrunk failure, a second line with the sizes
     * before and after, and a third with the command that replays it when {@code filesKept}; for
     * a failure that could not be shrunk, a second line saying why.
     */
    public static String line(ScenarioResult r, boolean filesKept) {
        String result = r.passed() ? "pass" : r.inconclusive() ? "n/a "
                : ScenarioResult.START.equals(r.property()) ? "ERR " : "FAIL";
        String text = String.format(Locale.ROOT, "  %-28s %s  %5.1f s", r.scenario().id(), result, r.seconds());
        if (!r.passed()) {
            text += "  " + r.sentence();
            String indent = "\n" + " ".repeat(31);
            if (r.shrunk() != null) {
                text += indent + r.shrunk().shrinking();
                text += filesKept ? indent + "replay: " + r.shrunk().replay() : "";
            } else if (r.whyKeptAsFound() != null) {
                text += indent + r.whyKeptAsFound();
            }
            List<String> notes = r.diagnostics().stream().filter(d -> !d.equals(r.sentence())).toList();
            return notes.isEmpty() ? text : text + indent + diagnostics(notes);
        }
        return r.diagnostics().isEmpty() ? text : text + "  (" + diagnostics(r.diagnostics()) + ")";
    }

    /** "3 diagnostics, the first: …". */
    private static String diagnostics(List<String> notes) {
        return notes.size() + " diagnostic" + (notes.size() == 1 ? "" : "s") + ", the first: " + notes.get(0);
    }

    /**
     * A failed scenario's evidence, after its sentence, for a failing test (JUnit XML, {@link
     * herald.grade.junit.HeraldBattery}): a shrunk counterexample as a {@code @Keeps} test gives it
     * (how it was found and shrunk, its history, the command that replays it), then the verdict,
     * diagnostics, stack traces, the history as found, and the command that grades the scenario again.
     */
    public String evidence(ScenarioResult r) {
        StringBuilder text = new StringBuilder();
        ScenarioResult.Shrunk shrunk = r.shrunk();
        if (shrunk != null) {
            text.append(Counterexample.evidence("found by " + Battery.VERSION + " as " + r.scenario().id(),
                    shrunk.before(), shrunk.after(), r.history(), shrunk.replay())).append('\n');
        }
        if (r.verdict() != null) {
            text.append(r.verdict());
        }
        r.diagnostics().stream().filter(d -> !d.equals(r.sentence()))
                .forEach(d -> text.append("diagnostic: ").append(d).append('\n'));
        r.traces().forEach(t -> text.append(t).append('\n'));
        String history = shrunk != null ? shrunk.found() : r.history();
        if (history != null) {
            text.append(shrunk != null ? "history as found: " : "history: ").append(history).append('\n');
        }
        return text.append(shrunk != null ? "grade again: " : "replay: ").append(replay(r.scenario().id()))
                .append('\n').toString();
    }

    /** The heading printed before the scenarios' lines. */
    public String heading() {
        return "herald grade: " + submission + " against " + spec + "\n" + "battery " + battery.describe() + "\n"
                + "runs: " + settings.describe() + "\n";
    }

    /** The summary printed after the scenarios' lines. */
    public void summarize(PrintWriter out, Path report) {
        String failure = startFailure();
        for (Goal.Judged goal : failure != null ? List.<Goal.Judged>of() : goals) {
            out.println("  goal " + goal.sentence() + (goal.met() ? "  met" : "  NOT MET"));
        }
        if (failure != null) {
            out.println("could not be run: " + failure);
        } else {
            List<ScenarioResult> failed = results.stream().filter(ScenarioResult::failed).toList();
            List<String> notJudged = results.stream().filter(ScenarioResult::inconclusive)
                    .map(r -> r.scenario().id()).toList();
            out.printf(Locale.ROOT, "score: %d of %d scenarios passed%s%s (%.1f s)%n", passed(), results.size(),
                    failed.isEmpty() ? "" : "; failed: " + failedByKind(), notJudged.isEmpty() ? ""
                            : "; inconclusive (not judged, neither passed nor failed: grade them again): "
                                    + String.join(", ", notJudged), seconds);
            if (!failed.isEmpty()) {
                out.println("replay one: " + replay(failed.get(0).scenario().id()));
            }
        }
        if (report != null) {
            out.println("report: " + report);
        }
        out.flush();
    }

    /** The failed scenarios, a kind at a time: "loss (all 5), partition-ring/2". */
    private String failedByKind() {
        java.util.Map<String, List<ScenarioResult>> byKind = new java.util.LinkedHashMap<>();
        results.forEach(r -> byKind.computeIfAbsent(r.scenario().kind(), k -> new java.util.ArrayList<>()).add(r));
        List<String> parts = new java.util.ArrayList<>();
        byKind.forEach((kind, rs) -> {
            List<String> failed = rs.stream().filter(ScenarioResult::failed).map(r -> r.scenario().id()).toList();
            if (failed.size() == rs.size() && rs.size() > 1) {
                parts.add(kind + " (all " + rs.size() + ")");
            } else {
                parts.addAll(failed);
            }
        });
        return String.join(", ", parts);
    }

    /** {@code score.json}; paths relative to {@code dir}, the report's folder. */
    public ObjectNode toJson(Path dir) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("herald", Version.VERSION);
        json.put("battery", Battery.VERSION);
        json.put("battery_description", battery.describe());
        battery.leftOut().forEach(json.putArray("left_out")::add);
        json.put("whole_battery", battery.whole());
        json.put("spec", spec);
        ObjectNode graded = json.putObject("submission");
        graded.put("kind", kind);
        graded.put("name", submission);
        json.put("settings", settings.describe());
        json.put("passed", passed());
        json.put("inconclusive", inconclusive());
        json.put("scenarios", results.size());
        json.put("score", results.isEmpty() ? 0 : Math.round(1000.0 * passed() / results.size()) / 1000.0);
        json.put("exit", exitCode());
        json.put("start_failure", startFailure());
        json.put("replay", replay);
        json.put("seconds", Math.round(seconds * 10) / 10.0);
        ArrayNode list = json.putArray("results");
        for (ScenarioResult r : results) {
            ObjectNode item = list.addObject();
            item.put("scenario", r.scenario().id());
            item.put("kind", r.scenario().kind());
            item.put("nemesis", r.scenario().nemesis());
            item.put("seed", r.scenario().seed());
            item.put("passed", r.passed());
            item.put("property", r.property());
            item.put("sentence", r.sentence());
            item.set("shrunk", shrunk(dir, r.shrunk()));
            item.put("history", relative(dir, r.history()));
            item.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
            r.diagnostics().forEach(item.withArray("diagnostics")::add);
            r.traces().forEach(item.withArray("traces")::add);
            if (r.figures() != null) {
                item.set("figures", r.figures().toJson());
            }
        }
        ArrayNode judged = json.putArray("goals");
        for (Goal.Judged goal : goals) {
            ObjectNode item = judged.addObject();
            item.put("figure", goal.goal().figure());
            item.put("under", goal.goal().limit());
            if (goal.worst() == null) {
                item.putNull("worst");
            } else {
                item.put("worst", goal.worst());
            }
            item.put("met", goal.met());
            item.put("sentence", goal.sentence());
        }
        return json;
    }

    private static JsonNode shrunk(Path dir, ScenarioResult.Shrunk shrunk) {
        if (shrunk == null) {
            return Json.MAPPER.nullNode();
        }
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.set("before", Json.MAPPER.valueToTree(shrunk.before()));
        json.set("after", Json.MAPPER.valueToTree(shrunk.after()));
        json.put("shrinking", shrunk.shrinking());
        json.put("found", relative(dir, shrunk.found()));
        json.put("scenario", relative(dir, shrunk.scenarioFile()));
        json.put("replay", shrunk.replay());
        return json;
    }

    /** {@code path} relative to {@code dir} when it is inside it, else as it is; null stays null. */
    static String relative(Path dir, String path) {
        if (path == null || dir == null) {
            return path;
        }
        Path p = Path.of(path).toAbsolutePath().normalize();
        Path base = dir.toAbsolutePath().normalize();
        return p.startsWith(base) ? base.relativize(p).toString() : path;
    }
}
