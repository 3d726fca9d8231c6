package herald.cli;

import herald.check.Spec;
import herald.check.Specs;
import herald.check.Verdict;
import herald.history.History;
import herald.history.HistoryReader;
import herald.history.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald check}: judges a history file against a spec. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a history (JSONL, or gzip'd JSONL) against a spec and prints the verdict.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HISTORY", description = "The history file.")
    private Path file;

    @Option(names = "--spec", paramLabel = "SPEC",
            description = "The spec to check (see herald list); defaults to the spec in the history's header.")
    private String specName;

    @Option(names = "--json", description = "Print the verdict as JSON.")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws Exception {
        History history = HistoryReader.read(file);
        String name = specName != null ? specName : history.header().text("spec");
        if (name == null) {
            throw new IllegalArgumentException(file + ": the header names no spec; give one with --spec");
        }
        Spec spec = specName != null ? Specs.named(name) : Specs.find(name).orElseThrow(() ->
                new IllegalArgumentException(file + ":1: the header names spec " + Json.line(name) + ", which this "
                        + "Herald does not know; give one with --spec (see herald list)"));
        Verdict verdict;
        try {
            verdict = spec.check(history);
        } catch (IllegalArgumentException tooLarge) {
            throw new IllegalArgumentException(file + ": " + tooLarge.getMessage(), tooLarge);
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(Json.MAPPER.writeValueAsString(verdict.toJson()));
        } else {
            out.print(verdict.describe());
        }
        out.flush();
        return Exit.of(spec, history, verdict, command.qualifiedName(), command.commandLine().getErr());
    }
}
