package herald.cli;

import herald.history.IoError;
import herald.history.Json;
import herald.hunt.ClassPath;
import herald.hunt.Replay;
import herald.nemesis.NemesisOptions;
import herald.protocol.Protocol;
import herald.report.Report;
import herald.report.Shell;
import herald.report.Words;
import herald.run.FailureModel;
import herald.run.Run;
import herald.run.Store;
import herald.scenario.ScenarioFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald replay}: runs a scenario file again and shows that it gives the same history. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Runs the scenario of a scenario.json again (as kept by herald hunt), writes its history, "
                + "verdict and report, and prints the verdict.",
            "When a history.jsonl sits beside the scenario file, says whether the new history is the same, byte for "
                + "byte. Exit code 0 when every property held, 1 when one was violated, 2 for a bad file."})
final class ReplayCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (scenario.json).")
    private Path file;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "Where the replay is kept, as DIR/<protocol>/<time>-replay-seed<S>/ (default ${DEFAULT-VALUE}).")
    private Path store;

    @Option(names = "--classpath", paramLabel = "PATHS",
            description = "Where to find the Node class a scenario names in \"class\": directories and jars, "
                    + "separated by : on Unix, ; on Windows; a directory stands for its classes and its jars, "
                    + "DIR/* for its jars alone (as herald grade reads it).")
    private String classpath;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        ScenarioFile scenario = ScenarioFile.read(file);
        Protocol protocol = Replay.protocol(scenario, loader());
        Path dir = new Store(store).newRun(protocol.id(), "replay-seed" + scenario.scenario().seed());
        Path history = dir.resolve("history.jsonl");
        Run run = Replay.run(scenario, protocol, history);
        Store.write(dir.resolve("verdict.json"), Json.pretty(run.verdict().toJson()) + "\n");
        Store.write(dir.resolve("command"), "./herald replay " + Shell.quote(file) + "\n");
        Path report = Report.write(dir.resolve(Report.FILE), run.history(), run.verdict());
        PrintWriter out = command.commandLine().getOut();
        var s = scenario.scenario();
        out.printf("replayed %s: %s, seed %d, %s, %s, %s  %s%n", file, protocol.id(), s.seed(),
                Words.count(s.nodes().size(), "node"), Words.count(s.broadcasts().size(), "broadcast"),
                Words.count(s.schedule().size(), "fault"), dir);
        FailureModel.refusal(protocol, NemesisOptions.of(s.schedule()), s.nodes()).ifPresent(why -> out.println(
                "  warning: " + why.replace("the nemesis schedule", "the scenario's schedule") + ", so a violation "
                        + "here says nothing against " + protocol.id()
                        + " (run and hunt refuse this without --force)"));
        Path kept = file.toAbsolutePath().resolveSibling("history.jsonl");
        if (Files.isRegularFile(kept) && Files.isReadable(kept)) {
            out.println("  " + comparison(kept, history));
        }
        out.print(run.verdict().describe().lines().map(line -> "  " + line + "\n").reduce("", String::concat));
        out.println("  report: " + report);
        return run.valid() ? Exit.VALID : Exit.VIOLATED;
    }


    /** "the same history as K, byte for byte", or where the two first differ. */
    private static String comparison(Path kept, Path replayed) {
        List<String> a;
        List<String> b;
        try {
            if (Files.mismatch(kept, replayed) < 0) {
                return "history: the same as " + kept + ", byte for byte";
            }
            a = Files.readAllLines(kept, StandardCharsets.ISO_8859_1);
            b = Files.readAllLines(replayed, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "history: cannot compare with " + kept + ": " + IoError.reason(e);
        }
        int line = 0;
        while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) {
            line++;
        }
        return "history: differs from " + kept + " from line " + (line + 1)
                + " on (another Herald version, or a protocol that is not deterministic?)";
    }

    private ClassLoader loader() {
        ClassLoader own = getClass().getClassLoader();
        return classpath == null ? own : ClassPath.parse(classpath).loader(own);
    }
}
