package herald.cli;

import herald.check.Spec;
import herald.check.Specs;
import herald.check.Verdict;
import herald.diagram.Diagram;
import herald.diagram.Judgement;
import herald.diagram.TextTimeline;
import herald.history.History;
import herald.history.HistoryReader;
import herald.report.Report;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald show}: a history as a space-time diagram (a standalone HTML page) or a text timeline. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Draws a history as a space-time diagram: a standalone HTML page (no network, no external "
                + "files) with the verdict at the top and each violation's events highlighted.",
            "With --text, prints a timeline with one column per node instead."})
final class ShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HISTORY", description = "The history file (JSONL, or gzip'd JSONL).")
    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.html",
            description = "Where to write the page (default: beside the history, HISTORY's name with .html).")
    private Path output;

    @Option(names = "--text", description = "Print a text timeline, one column per node, instead of writing a page.")
    private boolean text;

    @Option(names = "--no-packets", negatable = false,
            description = "With --text: leave out packet sends, receipts and drops.")
    private boolean noPackets;

    @Option(names = "--spec", paramLabel = "SPEC",
            description = "The spec to check (default: the one in the history's header; none: draw unchecked).")
    private String specName;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    /** The spec the history was checked against and its verdict; null when it was drawn unchecked. */
    private Spec checked;
    private Verdict verdict;

    @Override
    public Integer call() {
        if (noPackets && !text) {
            throw new IllegalArgumentException("--no-packets only applies to the --text timeline");
        }
        Outputs.apart(output, List.of(file));
        History history = HistoryReader.read(file);
        Judgement judgement = judge(history);
        PrintWriter out = command.commandLine().getOut();
        String title = Diagram.title(history, file.getFileName().toString());
        if (text) {
            out.print(TextTimeline.render(history, judgement, title, !noPackets));
        }
        if (!text || output != null) {
            Path page = output != null ? output : defaultOutput(file);
            Diagram.write(page, history, judgement, title);
            out.println((text ? "diagram: " : "") + page);
        }
        if (verdict == null) {
            return judgement.valid() ? Exit.VALID : Exit.VIOLATED;
        }
        out.flush();
        return Exit.of(checked, history, verdict, command.qualifiedName(), command.commandLine().getErr());
    }

    private Judgement judge(History history) {
        if ("none".equals(specName)) {
            return Judgement.unchecked("--spec none");
        }
        if (specName != null) {
            return check(Specs.named(specName), history);
        }
        String named = history.header().text("spec");
        if (named == null) {
            return Judgement.unchecked("the history's header names no spec; give one with --spec to check it");
        }
        return Specs.find(named).map(spec -> check(spec, history)).orElseGet(() -> Judgement.unchecked(
                "the header names spec \"" + named + "\", which this Herald does not know; give one with --spec"));
    }

    private Judgement check(Spec spec, History history) {
        checked = spec;
        verdict = spec.check(history);
        return Report.judgement(verdict);
    }

    /** {@code dir/name.jsonl} (or {@code .jsonl.gz}) becomes {@code dir/name.html}. */
    static Path defaultOutput(Path history) {
        String name = history.getFileName().toString();
        for (String suffix : new String[] {".jsonl.gz", ".jsonl", ".json", ".gz"}) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                name = name.substring(0, name.length() - suffix.length());
                break;
            }
        }
        return history.resolveSibling(name + ".html");
    }
}
