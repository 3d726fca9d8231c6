package herald.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Outcome;
import herald.check.Spec;
import herald.check.Specs;
import herald.hunt.Replay;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.scenario.ScenarioFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed gallery ({@code histories/examples/}) is what Herald does today: every entry's
 * scenario replays to its committed history byte for byte and still breaks the property it
 * shows, and writing the gallery again gives the same files. When one of these fails, a change
 * to a protocol, the simulator, the shrinker, the diagram or a story changed the gallery: the
 * message says to run {@code ./herald gallery} and review the diff.
 */
class GalleryTest {

    private static final String RUN_THE_GALLERY = "run ./herald gallery from the repository's root, review the diff "
            + "(git diff histories/examples: do the READMEs still tell what happened?) and commit it";

    /** The reference protocol each story says keeps its spec on the entry's scenario. */
    private static final Map<String, String> REFERENCES = Map.of("validity", "eager-rb", "no-duplication", "best-effort",
            "no-creation", "eager-rb", "agreement", "eager-rb", "uniform-agreement", "majority-urb", "fifo-order", "fifo",
            "causal-order", "causal-vc", "total-order", "lamport-to");

    @TempDir
    Path temp;

    /** The gallery in the repository, found from the module's directory upwards. */
    static Path committed() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path gallery = dir.resolve(Gallery.DEFAULT_OUT);
            if (Files.isRegularFile(gallery.resolve(Gallery.README))) {
                return gallery;
            }
        }
        throw new AssertionError("no " + Gallery.DEFAULT_OUT + "/" + Gallery.README + " in " + start + " or above");
    }

    static Stream<String> properties() {
        return Exhibits.all().stream().map(Exhibit::property);
    }

    @ParameterizedTest(name = "the {0} entry replays to its committed history byte for byte")
    @MethodSource("properties")
    void everyEntryReplaysToItsCommittedHistoryByteForByte(String property) throws IOException {
        Path dir = committed().resolve(property);
        ScenarioFile file = ScenarioFile.read(dir.resolve("scenario.json"));
        Path again = temp.resolve("history.jsonl");
        Replay.run(file, Replay.protocol(file, getClass().getClassLoader()), again);
        List<String> kept = Files.readAllLines(dir.resolve("history.jsonl"));
        List<String> now = Files.readAllLines(again);
        int line = 0;
        while (line < Math.min(kept.size(), now.size()) && kept.get(line).equals(now.get(line))) {
            line++;
        }
        assertThat(Files.mismatch(dir.resolve("history.jsonl"), again))
                .as("%s/history.jsonl is no longer what its scenario.json gives: from line %d on, committed%n  %s%n"
                                + "replayed now%n  %s%na change to a protocol or the simulator changed this entry: %s", dir,
                        line + 1, line < kept.size() ? kept.get(line) : "(end of file)",
                        line < now.size() ? now.get(line) : "(end of file)", RUN_THE_GALLERY)
                .isEqualTo(-1L);
    }

    @ParameterizedTest(name = "the {0} entry breaks {0} and nothing else")
    @MethodSource("properties")
    void everyEntryStillBreaksThePropertyItShowsAndNoOther(String property) {
        Gallery.Entry entry = Gallery.Entry.read(Exhibits.named(property), committed());
        List<String> violated = entry.verdict().violated().stream().map(Outcome::property).toList();
        assertThat(violated).as("%s: %s%n%s", entry.dir(), entry.verdict().describe(), RUN_THE_GALLERY)
                .containsExactly(property);
        assertThat(entry.scenario().scenario().nodes()).hasSizeBetween(2, 4);
        assertThat(entry.scenario().scenario().broadcasts()).hasSizeBetween(1, 2);
        assertThat(entry.scenario().tracePackets()).isTrue();
    }

    @ParameterizedTest(name = "the reference protocol its story names keeps its spec on the {0} entry")
    @MethodSource("properties")
    void theReferenceProtocolEachStoryNamesKeepsItsSpecOnTheSameScenario(String property) {
        String id = REFERENCES.get(property);
        if (id == null) {
            assertThat(Story.of(property, Gallery.Entry.read(Exhibits.named(property), committed()).history()).body())
                    .doesNotContain("On this very scenario");
            return;
        }
        Scenario scenario = ScenarioFile.read(committed().resolve(property).resolve("scenario.json")).scenario();
        Protocol reference = Protocols.named(id);
        Spec spec = Specs.named(reference.spec());
        Run run = Run.simulate(scenario, reference, spec, Run.header(scenario, reference, spec, "test"), null, false);
        assertThat(run.valid()).as("%s on the %s entry:%n%s", id, property, run.verdict().describe()).isTrue();
    }

    @Test
    void theIndexListsEveryEntryAndTheGalleryHoldsNothingElse() throws IOException {
        String index = Files.readString(committed().resolve(Gallery.README));
        List<String> directories = new ArrayList<>();
        try (Stream<Path> listed = Files.list(committed())) {
            listed.filter(Files::isDirectory).forEach(d -> directories.add(d.getFileName().toString()));
        }
        assertThat(directories).containsExactlyInAnyOrderElementsOf(properties().toList());
        for (String property : properties().toList()) {
            assertThat(index).as("the index links %s", property).contains("| [" + property + "](" + property + "/) |");
            try (Stream<Path> files = Files.list(committed().resolve(property))) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as(property)
                        .containsExactly("README.md", "history.jsonl", "report.html", "scenario.json", "verdict.json");
            }
        }
    }

    @Test
    void writingTheGalleryAgainGivesTheCommittedFilesByteForByte() throws IOException {
        Path fresh = temp.resolve("examples");
        for (Exhibit exhibit : Exhibits.all()) {
            Gallery.make(exhibit, fresh, Gallery.DEFAULT_OUT);
        }
        Gallery.index(fresh);
        List<String> differ = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walked = Files.walk(fresh)) {
            files = walked.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path kept = committed().resolve(fresh.relativize(file));
            if (!Files.exists(kept) || Files.mismatch(file, kept) >= 0) {
                differ.add(Gallery.DEFAULT_OUT + "/" + fresh.relativize(file));
            }
        }
        assertThat(differ).as("files the gallery writes differently today; %s", RUN_THE_GALLERY).isEmpty();
    }
}
