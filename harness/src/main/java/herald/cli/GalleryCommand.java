package herald.cli;

import herald.gallery.Exhibit;
import herald.gallery.Exhibits;
import herald.gallery.Gallery;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald gallery}: writes the gallery of violations again, from its fixed searches. */
@Command(name = "gallery", mixinStandardHelpOptions = true,
        description = {"Writes the gallery of violations again: for each property, a fixed search (herald.gallery."
                + "Exhibits) is run, its first violation shrunk and kept in DIR/<property>/ (scenario.json, "
                + "history.jsonl, verdict.json, report.html, README.md), then the index DIR/README.md. "
                + "Files are overwritten; writing the gallery twice writes the same bytes."})
final class GalleryCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = Gallery.DEFAULT_OUT,
            description = "Where the gallery goes (default ${DEFAULT-VALUE}, from the repository's root).")
    private String out;

    @Option(names = "--only", paramLabel = "PROPERTY",
            description = "Write only this entry (and the index, from the entries already there).")
    private String only;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        List<Exhibit> exhibits = only == null ? Exhibits.all() : List.of(Exhibits.named(only));
        String shownAs = out.replace('\\', '/').replaceAll("/+$", "");
        Path dir = Path.of(out);
        PrintWriter printed = command.commandLine().getOut();
        long startedAt = System.nanoTime();
        for (Exhibit exhibit : exhibits) {
            Gallery.Entry entry;
            try {
                entry = Gallery.make(exhibit, dir, shownAs);
            } catch (IllegalStateException needsAHand) {
                // A search that now misses, or a story citing events the new history lacks: for a person to fix.
                command.commandLine().getErr().println("herald gallery: " + needsAHand.getMessage());
                return Exit.INTERNAL;
            }
            printed.printf("%-18s %-23s %s  %s/%n", exhibit.property(), exhibit.protocol(), entry.summary(),
                    shownAs + "/" + exhibit.property());
            printed.flush();
        }
        Gallery.index(dir);
        printed.printf("index: %s/%s (%.1f s)%n", shownAs, Gallery.README, (System.nanoTime() - startedAt) / 1e9);
        return Exit.VALID;
    }
}
