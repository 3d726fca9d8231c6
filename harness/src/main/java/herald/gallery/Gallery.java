package herald.gallery;

import herald.check.Specs;
import herald.check.Verdict;
import herald.history.History;
import herald.history.HistoryReader;
import herald.hunt.Counterexample;
import herald.hunt.Hunt;
import herald.hunt.Shrinker;
import herald.hunt.Size;
import herald.report.Words;
import herald.run.Store;
import herald.scenario.ScenarioFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the gallery: for each {@link Exhibit}, the search runs, the first violation is shrunk,
 * and the entry is kept in {@code DIR/<property>/} as a hunt keeps a counterexample
 * ({@code scenario.json}, {@code history.jsonl}, {@code verdict.json}, {@code report.html}), with
 * its {@link Label README}; then the index, {@code DIR/README.md}. Every search has a budget of
 * tries alone, so writing the gallery twice writes the same bytes.
 */
public final class Gallery {

    /** Where the gallery lives in Herald's repository, from its root. */
    public static final String DEFAULT_OUT = "histories/examples";

    /** The index and each entry's README. */
    public static final String README = "README.md";

    private Gallery() {
    }

    /**
     * An entry as its files hold it.
     *
     * @param exhibit the search that made it
     * @param dir its directory
     * @param scenario its scenario file
     * @param history its history
     * @param verdict the history checked against the exhibit's spec
     */
    public record Entry(Exhibit exhibit, Path dir, ScenarioFile scenario, History history, Verdict verdict) {

        /** The entry kept in {@code out/<property>/}. */
        public static Entry read(Exhibit exhibit, Path out) {
            Path dir = out.resolve(exhibit.property());
            History history = HistoryReader.read(dir.resolve("history.jsonl"));
            return new Entry(exhibit, dir, ScenarioFile.read(dir.resolve("scenario.json")), history,
                    Specs.named(exhibit.spec()).check(history));
        }

        /** "2 nodes, 1 broadcast, 1 fault; 9 events, 2 of them broadcasts, deliveries and crashes". */
        public String summary() {
            Size size = Size.of(scenario.scenario(), history);
            return Words.count(size.nodes(), "node") + ", " + Words.count(size.broadcasts(), "broadcast") + ", "
                    + Words.count(size.faults(), "fault") + "; " + Words.count(history.events().size(), "event") + ", "
                    + size.events() + " of them broadcasts, deliveries and crashes";
        }
    }

    /**
     * Runs the search of {@code exhibit}, shrinks what it finds and keeps it in {@code out/<property>/},
     * with its README; {@code shownAs} is how the README names {@code out}.
     *
     * @throws IllegalStateException when the search finds nothing within its budget, or the
     *     entry's story cites an event the new history does not have
     */
    public static Entry make(Exhibit exhibit, Path out, String shownAs) {
        Hunt.Search search = exhibit.hunt().search(Hunt.Progress.NONE);
        if (!search.caught()) {
            throw new IllegalStateException("the gallery's search for " + exhibit.property() + " (" + exhibit.huntCommand()
                    + ") found no violation; a change to Herald made it miss: change its settings in "
                    + Exhibits.class.getName());
        }
        Shrinker.Shrunk shrunk = new Shrinker(exhibit.target(), !exhibit.forced(), exhibit.shrinkRuns()).shrink(search.found());
        Counterexample.keepIn(out.resolve(exhibit.property()), exhibit.target(), shrunk, null, null);
        Entry entry = Entry.read(exhibit, out);
        Store.write(entry.dir().resolve(README), Label.text(entry, shownAs));
        return entry;
    }

    /** Writes the index of the exhibits kept in {@code out} (those not written there yet are left out). */
    public static void index(Path out) {
        List<Entry> entries = new ArrayList<>();
        for (Exhibit exhibit : Exhibits.all()) {
            if (Files.exists(out.resolve(exhibit.property()).resolve("history.jsonl"))) {
                entries.add(Entry.read(exhibit, out));
            }
        }
        Store.write(out.resolve(README), Index.text(entries));
    }
}
