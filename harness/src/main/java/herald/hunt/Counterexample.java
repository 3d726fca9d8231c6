package herald.hunt;

import herald.check.Outcome;
import herald.history.Json;
import herald.report.Report;
import herald.run.Run;
import herald.run.Store;
import herald.scenario.ScenarioFile;
import java.nio.file.Path;

/**
 * A violation found, shrunk and kept: {@code DIR/hunt/<protocol>/<time>-seed<S>/} holds
 * {@code scenario.json} (what replays it), {@code history.jsonl} (with every packet traced, so the
 * diagram draws the arrows), {@code verdict.json} and {@code report.html}.
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

    /** The same, in {@code dir} (made when missing; its files overwritten), as the gallery keeps its entries. */
    public static Counterexample keepIn(Path dir, Target target, Shrinker.Shrunk shrunk, String nodeClass,
            String classpath) {
        Hunt.Found found = shrunk.found();
        Size before = Size.of(found.drawn().scenario(), found.run().history());
        String description = target.protocol().id() + " breaks " + found.property() + "; found at seed "
                + found.seed() + " (" + before + "), shrunk in " + shrunk.steps() + " steps";
        ScenarioFile file = new ScenarioFile(shrunk.shrunk().scenario(), target.spec().name(), shrunk.shrunk().nemesis(),
                true, description, nodeClass);
        file.write(dir.resolve("scenario.json"));
        Run run = Replay.run(file, target.protocol(), dir.resolve("history.jsonl"));
        Store.write(dir.resolve("verdict.json"), Json.pretty(run.verdict().toJson()) + "\n");
        Report.write(dir.resolve(Report.FILE), run.history(), run.verdict());
        return new Counterexample(dir, shrunk, run, before, Size.of(file.scenario(), run.history()), classpath);
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
        return "./herald replay " + scenarioFile() + (classpath == null ? "" : " --classpath " + classpath);
    }

    /** The violation, the shrinking, where it is kept and how to replay it, for people. */
    public String describe() {
        return sentence() + "\n"
                + "shrunk in " + shrunk.steps() + " steps (" + shrunk.runs() + " runs, "
                + String.format("%.1f s", shrunk.seconds()) + "): " + before + " → " + after + "\n"
                + "kept: " + dir + " (scenario.json, history.jsonl, verdict.json, report.html)\n"
                + "replay: " + replayCommand() + "\n";
    }
}
