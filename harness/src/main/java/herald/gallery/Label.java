package herald.gallery;

import com.fasterxml.jackson.databind.JsonNode;
import herald.check.Outcome;
import herald.check.Violation;
import herald.diagram.FaultInterval;
import herald.diagram.TextTimeline;
import herald.history.Event;
import herald.history.History;
import herald.hunt.Size;
import herald.protocol.Protocol;
import herald.report.Shell;
import herald.report.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * The README beside an entry, for teachers, as a museum label beside an exhibit: the story told
 * by hand, then what Herald knows (the checker's sentence, the protocol and its note, the faults,
 * how the entry was found and shrunk, its files and the commands that make it again). Made from
 * the entry's files alone, so a test can tell whether a committed README is up to date.
 */
final class Label {

    private Label() {
    }

    /** The README of {@code entry}, whose directory a reader names {@code shownAs}. */
    static String text(Gallery.Entry entry, String shownAs) {
        Exhibit exhibit = entry.exhibit();
        Story story = Story.of(exhibit.property(), entry.history());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(story.title()).append("\n\n").append(story.definition()).append("\n\n");
        md.append("## What happened\n\n").append(story.body()).append("\n\n");
        Outcome outcome = entry.verdict().outcome(exhibit.property());
        md.append("Herald's checker says so in its own words (").append(entry.verdict().spec()).append(" spec, ")
                .append(Words.count(outcome.count(), "violation")).append(" of ").append(exhibit.property()).append("):\n\n");
        for (Violation v : outcome.examples()) {
            md.append("> ").append(v.sentence()).append("\n>\n");
        }
        md.setLength(md.length() - 2);
        md.append("\n[report.html](report.html) draws it: open it in a browser (it needs no network), hover a mark "
                + "for its event, click the sentence to find its events.\n\n");
        protocol(md, exhibit, entry.scenario().scenario().protocol());
        faults(md, entry.history());
        search(md, entry);
        files(md, exhibit, shownAs);
        return md.toString();
    }

    private static void protocol(StringBuilder md, Exhibit exhibit, String id) {
        Protocol p = exhibit.protocolDefinition();
        md.append("## The protocol and the faults\n\n");
        if (p.mutant()) {
            md.append("`").append(id).append("` is a broken protocol from Herald's catalogue (`./herald list`): ")
                    .append(p.description()).append(". It breaks ").append(p.breaks()).append(" of the `")
                    .append(exhibit.spec()).append("` spec. Its note for teachers:\n\n> ").append(p.notes()).append("\n\n");
        } else {
            md.append("`").append(id).append("` is one of Herald's reference protocols (").append(p.description())
                    .append("), shown out of its depth. It is checked against the `").append(exhibit.spec())
                    .append("` spec.\n\n");
        }
    }

    private static void faults(StringBuilder md, History history) {
        List<FaultInterval> faults = FaultInterval.of(history);
        if (faults.isEmpty()) {
            md.append("Faults: none. The network delivered every packet once, each after its own latency.\n\n");
            return;
        }
        md.append("Faults:\n\n");
        for (FaultInterval f : faults) {
            Event start = history.events().get(f.start());
            md.append("- `").append(describe(f)).append("`");
            if (f.stop() < 0) {
                md.append(" from ").append(time(start, history)).append(" (#").append(f.start()).append(") to the end");
            } else {
                Event stop = history.events().get(f.stop());
                md.append(start.t() == stop.t() ? " at " + time(start, history)
                        : " from " + time(start, history) + " to " + time(stop, history));
                md.append(" (#").append(f.start()).append(" to #").append(f.stop()).append(")");
            }
            md.append("\n");
        }
        md.append("\n");
    }

    /** A fault in a few words, with the links it was limited to: {@code loss 100% on n1>n3}. */
    static String describe(FaultInterval fault) {
        JsonNode links = fault.detail() == null ? null : fault.detail().get("links");
        if (links == null || !links.isArray() || links.isEmpty()) {
            return fault.label();
        }
        List<String> names = new ArrayList<>();
        links.forEach(l -> names.add(l.asText()));
        return fault.label() + " on " + String.join(" ", names);
    }

    private static void search(StringBuilder md, Gallery.Entry entry) {
        Exhibit e = entry.exhibit();
        String description = entry.scenario().description();
        String found = description == null || !description.contains("; ") ? description
                : description.substring(description.indexOf("; ") + 2);
        md.append("## How it was found\n\n`./herald hunt` searched seeds from ").append(e.seed()).append(" on (at most ")
                .append(e.tries()).append("), each a run of ").append(Words.count(e.nodes(), "node")).append(" and ")
                .append(Words.count(e.broadcasts(), "broadcast")).append(" under ").append(e.faults())
                .append(". The violation was ").append(found).append(" to ")
                .append(Size.of(entry.scenario().scenario(), entry.history()))
                .append(" (the events that count are broadcasts, deliveries and crashes; the history has ")
                .append(entry.history().events().size()).append(" events in all, every packet traced).\n\n");
    }

    private static void files(StringBuilder md, Exhibit exhibit, String root) {
        String dir = root + "/" + exhibit.property();
        String out = root.equals(Gallery.DEFAULT_OUT) ? "" : " --out " + Shell.quote(root);
        md.append("## Files and commands\n\n")
                .append("- `scenario.json`: everything that decides the run (nodes, broadcasts, faults, seed)\n")
                .append("- `history.jsonl`: what happened, one event a line, every packet traced\n")
                .append("- `verdict.json`: the verdict, every property of the spec\n")
                .append("- `report.html`: the verdict and the space-time diagram\n\n")
                .append("```sh\n")
                .append("./herald show ").append(Shell.quote(dir + "/history.jsonl")).append(" --text   # the timeline, in a terminal\n")
                .append("./herald replay ").append(Shell.quote(dir + "/scenario.json")).append("        # the same history, byte for byte\n")
                .append("./herald gallery --only ").append(exhibit.property()).append(out).append("   # writes this directory again\n")
                .append(exhibit.huntCommand()).append("   # the same search, kept under store/hunt/\n")
                .append("```\n");
    }

    private static String time(Event event, History history) {
        return TextTimeline.time(event.t(), history);
    }

}
