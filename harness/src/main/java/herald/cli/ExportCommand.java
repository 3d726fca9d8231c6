package herald.cli;

import herald.history.IoError;
import herald.history.Utf8;
import herald.check.Outcome;
import herald.check.Spec;
import herald.check.Specs;
import herald.check.Verdict;
import herald.diagram.Diagram;
import herald.export.ShiVizLog;
import herald.history.History;
import herald.history.HistoryReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald export}: histories in another tool's format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports histories for other tools.",
            "--shiviz writes a ShiViz log (https://bestchai.bitbucket.io/shiviz/): a vector clock per event, "
                + "by traced packets when the run traced them, else by broadcast and delivery; several histories "
                + "become several executions in one file, to compare a passing run with a failing one."})
final class ExportCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Format format;

    static final class Format {
        @Option(names = "--shiviz", required = true, description = "A ShiViz log.")
        boolean shiviz;
    }

    @Parameters(paramLabel = "HISTORY", arity = "1..*", description = "The history files, one execution each.")
    private List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output).")
    private Path output;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws IOException {
        Outputs.apart(output, files);
        List<ShiVizLog.Execution> executions = new ArrayList<>();
        for (Path file : files) {
            History history = HistoryReader.read(file);
            executions.add(new ShiVizLog.Execution(label(file, history), history));
        }
        if (output == null) {
            // Whole or nothing on standard output too: a log that fails half-way prints nothing.
            PrintWriter out = command.commandLine().getOut();
            out.print(ShiVizLog.of(executions));
            out.flush();
            return Exit.VALID;
        }
        try {
            Utf8.write(output, out -> ShiVizLog.write(out, executions));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + output + ": " + IoError.reason(e), e);
        }
        command.commandLine().getOut().println(output);
        return Exit.VALID;
    }

    /** {@code history.jsonl: best-effort, seed 6: INVALID (validity)}, so ShiViz tells the runs apart. */
    private static String label(Path file, History history) {
        String label = file + ": " + Diagram.title(history, file.getFileName().toString());
        Optional<Spec> spec = Optional.ofNullable(history.header().text("spec")).flatMap(Specs::find);
        if (spec.isEmpty()) {
            return label;
        }
        Verdict verdict = spec.get().check(history);
        return label + ": " + (verdict.valid() ? "valid" : "INVALID ("
                + verdict.violated().stream().map(Outcome::property).collect(Collectors.joining(", ")) + ")");
    }
}
