package herald.gallery;

import herald.diagram.FaultInterval;
import herald.hunt.Size;
import java.util.ArrayList;
import java.util.List;

/** The gallery's front page, {@code README.md}: what it is, a table of the entries, how it is kept. */
final class Index {

    private Index() {
    }

    static String text(List<Gallery.Entry> entries) {
        StringBuilder md = new StringBuilder("""
                # A gallery of violations

                One small failing history for each property Herald checks, to put on the screen and talk
                about: found by `./herald hunt`, shrunk until nothing more could go, and told in plain words
                for teachers. Each directory holds the run's `scenario.json`, its `history.jsonl` (every packet
                traced), `verdict.json`, `report.html` (open it in a browser: the verdict and the space-time
                diagram) and a `README.md` that says what happened, citing the events (`#16` is line 18 of
                `history.jsonl`: line 1 is the header, events count from 0).

                | property | what happens | protocol | faults | nodes | broadcasts | events |
                |---|---|---|---|---|---|---|
                """);
        for (Gallery.Entry entry : entries) {
            Exhibit e = entry.exhibit();
            Size size = Size.of(entry.scenario().scenario(), entry.history());
            md.append("| [").append(e.property()).append("](").append(e.property()).append("/) | ")
                    .append(Story.of(e.property(), entry.history()).headline()).append(" | `").append(e.protocol())
                    .append("`").append(e.protocolDefinition().mutant() ? "" : " (reference)").append(" | ")
                    .append(faults(entry)).append(" | ").append(size.nodes()).append(" | ").append(size.broadcasts())
                    .append(" | ").append(entry.history().events().size()).append(" (").append(size.events())
                    .append(")").append(" |\n");
        }
        md.append("""

                *events*: every event of the history, packets included; in brackets, the broadcasts, deliveries
                and crashes alone. *(reference)*: a protocol that keeps its spec where its assumptions hold,
                shown where they do not; the others are broken on purpose (`./herald list`).

                ## Keeping it up to date

                `./herald gallery` writes every entry again, from the searches listed in one place,
                `herald.gallery.Exhibits` (protocol, spec, faults, group, first seed, tries); the stories are in
                `harness/src/main/resources/herald/gallery/`. It takes a few seconds, and writing it twice
                writes the same bytes. `GalleryTest`, part of `mvn verify`, replays every entry's scenario and
                checks that it still gives the committed history, byte for byte, and still breaks its property;
                when a change to a protocol or to the simulator changes a history, the test fails and says to
                run `./herald gallery` and review the diff. A story cites events by what they are
                (`#{deliver n2 n1-1}`), so when a history changes, the gallery either finds the events again or
                stops, naming the citation to rewrite.
                """);
        return md.toString();
    }

    private static String faults(Gallery.Entry entry) {
        List<String> faults = new ArrayList<>();
        for (FaultInterval f : FaultInterval.of(entry.history())) {
            faults.add(Label.describe(f));
        }
        return faults.isEmpty() ? "none" : String.join(", ", faults).replace("|", "\\|");
    }
}
