package herald.hunt;

import herald.check.Outcome;
import herald.history.Json;
import herald.report.Report;
import herald.report.Shell;
import herald.run.Run;
import herald.run.Store;
import herald.scenario.ScenarioFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A violation found, shrunk and kept: its folder ({@code DIR/hunt/<protocol>/<time>-seed<S>/} for a
 * hunt, {@code REPORT/<kind>-seed<S>/shrunk/} for a graded class) holds {@code scenario.json} (what
 * replays it), {@code history.jsonl} (with every packet traced, so the diagram draws the arrows),
 * {@code verdict.json} and {@code report.html}.
 *
 * @param dir where it is kept
 * @param shrunk the shrinking that made it
 * @param run the kept run of the shrunk scenario
 * @param before the size of the scenario the search found
 * @param after the size of the shrunk one
 * @param classpath where the node's class is, for the replay command; null for a protocol Herald knows
 */
public record Counterexample(Path dir, Shrinker.Shrunk shrunk, Run run, Size before, Size after, String classpath) {

    /**
     * Writes the shrunk scenario's files under {@code store} and runs it once more, every packet
     * traced, into its history.
     *
     * @param nodeClass the node's class name when the protocol is not one Herald knows by id, else null
     * @param classpath where that class is found, for the replay command; else null
     */
    public static Counterexample keep(Path store, Target target, Shrinker.Shrunk shrunk, String nodeClass,
            String classpath) {
        Path dir = new Store(store.resolve("hunt")).newRun(target.protocol().id(), "seed" + shrunk.found().seed());
        return keepIn(dir, target, shrunk, nodeClass, classpath);
    }

    /** The same, in {@code dir} (made when missing; its files overwritten). */
    public static Counterexample keepIn(Path dir, Target target, Shrinker.Shrunk shrunk, String nodeClass,
            String classpath) {
        Hunt.Found found = shrunk.found();
        String description = target.protocol().id() + " breaks " + found.property() + "; found at seed "
                + found.seed() + " (" + before(shrunk) + "), shrunk in " + shrunk.steps() + " steps";
        ScenarioFile file = new ScenarioFile(shrunk.shrunk().scenario(), target.spec().name(), shrunk.shrunk().nemesis(),
                true, description, nodeClass);
        return keepIn(dir, file, shrunk, classpath, (f, history) -> Replay.run(f, target.protocol(), history));
    }

    /**
     * Writes {@code file} (the shrunk scenario) into {@code dir} and has {@code rerun} run it once
     * more into {@code dir/history.jsonl}, with the header {@link Replay#header} gives, so that a
     * replay of the file writes the same bytes; then the verdict and the report beside them. A
     * graded class reruns on its budget, in the JVM that grades it.
     *
     * @param classpath where the file's node class is found, for the replay command; else null
     * @param rerun runs a scenario file into a history file
     */
    public static Counterexample keepIn(Path dir, ScenarioFile file, Shrinker.Shrunk shrunk, String classpath,
            BiFunction<ScenarioFile, Path, Run> rerun) {
        file.write(dir.resolve("scenario.json"));
        Run run = rerun.apply(file, dir.resolve("history.jsonl"));
        Store.write(dir.resolve("verdict.json"), Json.pretty(run.verdict().toJson()) + "\n");
        Report.write(dir.resolve(Report.FILE), run.history(), run.verdict());
        return new Counterexample(dir, shrunk, run, before(shrunk), Size.of(file.scenario(), run.history()), classpath);
    }

    private static Size before(Shrinker.Shrunk shrunk) {
        return Size.of(shrunk.found().drawn().scenario(), shrunk.found().run().history());
    }

    /** The first violation of the property the search caught, as a sentence. */
    public String sentence() {
        Outcome outcome = run.verdict().outcome(shrunk.found().property());
        return outcome == null || outcome.valid() ? run.verdict().describe().strip() : outcome.first().sentence();
    }

    public Path scenarioFile() {
        return dir.resolve("scenario.json");
    }

    public Path historyFile() {
        return dir.resolve("history.jsonl");
    }

    /** The command that replays it. */
    public String replayCommand() {
        return "./herald replay " + Shell.quote(scenarioFile()) + (classpath == null ? "" : " --classpath "
                + Shell.quote(classpath));
    }

    /** "shrunk in 24 steps (111 runs, 0.3 s): 5 nodes, … → 3 nodes, …". */
    public String shrinking() {
        return "shrunk in " + shrunk.steps() + " steps (" + shrunk.runs() + " runs, "
                + String.format(Locale.ROOT, "%.1f s", shrunk.seconds()) + "): " + before + " → " + after;
    }

    /**
     * The lines a failing test gives after the sentence of a shrunk counterexample's first
     * violation ({@code @Keeps}, and a graded class's battery in JUnit): how it was found and
     * shrunk, its history, and the command that replays it.
     *
     * @param found how it was found: "found at seed 17 after 17 scenarios"
     */
    public static String evidence(String found, Size before, Size after, String history, String replay) {
        return "  " + found + "; shrunk from " + before + " to " + after + "\n"
                + "  history: " + history + "\n"
                + "  replay:  " + replay;
    }

    /** The violation, the shrinking, where it is kept and how to replay it, for people. */
    public String describe() {
        return sentence() + "\n"
                + shrinking() + "\n"
                + "kept: " + dir + " (scenario.json, history.jsonl, verdict.json, report.html)\n"
                + "replay: " + replayCommand() + "\n";
    }
}
