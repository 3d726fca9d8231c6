package herald.report;

import herald.check.Outcome;
import herald.check.Verdict;
import herald.check.Violation;
import herald.diagram.Diagram;
import herald.diagram.Judgement;
import herald.history.History;
import java.nio.file.Path;
import java.util.List;

/**
 * The report of one run or one history file: its verdict and its space-time diagram, as one
 * standalone page ({@code report.html}). {@code run}, {@code show} and anything else holding a
 * history and its verdict (a shrunk counterexample, a gallery entry) write it the same way.
 */
public final class Report {

    /** The name a run's report has beside its history. */
    public static final String FILE = "report.html";

    private Report() {
    }

    /** The verdict as the plain data a diagram draws. */
    public static Judgement judgement(Verdict verdict) {
        List<Judgement.Property> properties = verdict.outcomes().stream().map(Report::property).toList();
        return new Judgement(verdict.spec(), verdict.valid(), properties, verdict.warnings());
    }

    private static Judgement.Property property(Outcome outcome) {
        List<Judgement.Evidence> examples = outcome.examples().stream().map(Report::evidence).toList();
        return new Judgement.Property(outcome.property(), outcome.count(), examples);
    }

    private static Judgement.Evidence evidence(Violation violation) {
        return new Judgement.Evidence(violation.property(), violation.sentence(), violation.events());
    }

    /** The page, titled from the history's header (protocol and seed) or else {@code fallback}. */
    public static String html(History history, Verdict verdict, String fallback) {
        return Diagram.html(history, judgement(verdict), Diagram.title(history, fallback));
    }

    /** Writes the page to {@code file} and returns {@code file}. */
    public static Path write(Path file, History history, Verdict verdict) {
        Diagram.write(file, history, judgement(verdict), Diagram.title(history, file.getFileName().toString()));
        return file;
    }
}
