package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import herald.gallery.Exhibit;
import herald.gallery.Exhibits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GalleryCommandTest {

    @TempDir
    Path dir;

    static Stream<String> properties() {
        return Exhibits.all().stream().map(Exhibit::property);
    }

    /** The committed gallery, found from the module's directory upwards. */
    private static Path committed() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("histories/examples/README.md"))) {
                return d.resolve("histories/examples");
            }
        }
        throw new AssertionError("no histories/examples/README.md above " + Path.of("").toAbsolutePath());
    }

    @Test
    void galleryOnlyWritesOneEntryAndAnIndexOfWhatIsThereTwiceTheSameBytes() throws IOException {
        Path out = dir.resolve("examples");
        CommandLine first = CommandLine.run("gallery", "--out", out.toString(), "--only", "agreement");
        assertThat(first.exit()).as(first.err()).isEqualTo(Exit.VALID);
        assertThat(first.out()).startsWith("agreement          eager-rb-no-relay       3 nodes, 1 broadcast, 2 faults; "
                + "19 events, 4 of them broadcasts, deliveries and crashes  " + out + "/agreement/\n")
                .containsPattern("\nindex: " + out + "/README.md \\([0-9.]+ s\\)\n$");
        String index = Files.readString(out.resolve("README.md"));
        assertThat(index).contains("| [agreement](agreement/) |").doesNotContain("| [validity](validity/) |");
        List<byte[]> before = contents(out);
        CommandLine second = CommandLine.run("gallery", "--out", out.toString(), "--only", "agreement");
        assertThat(second.exit()).isEqualTo(Exit.VALID);
        assertThat(contents(out)).containsExactlyElementsOf(before);
        assertThat(Files.readString(out.resolve("agreement/README.md")))
                .contains("./herald gallery --only agreement --out " + out + "   # writes this directory again\n");
    }

    @Test
    void galleryOnlyOfAPropertyItDoesNotShowIsBadUsage() {
        CommandLine run = CommandLine.run("gallery", "--out", dir.toString(), "--only", "liveness");
        assertThat(run.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(run.err()).isEqualTo("herald gallery: the gallery has no entry liveness (it has validity, "
                + "no-duplication, no-creation, agreement, uniform-agreement, fifo-order, causal-order, total-order, "
                + "convergence)\n");
    }

    @ParameterizedTest(name = "the hunt command in the {0} entry's README keeps its scenario")
    @MethodSource("properties")
    void theHuntCommandInEachEntrysReadmeKeepsTheSameScenario(String property) throws IOException {
        Exhibit exhibit = Exhibits.named(property);
        assertThat(Files.readString(committed().resolve(property).resolve("README.md")))
                .contains("\n" + exhibit.huntCommand() + "   # the same search");
        List<String> args = new ArrayList<>(exhibit.huntArguments());
        args.addAll(List.of("--store", dir.toString()));
        CommandLine hunt = CommandLine.run(args.toArray(String[]::new));
        assertThat(hunt.exit()).as(hunt.err()).isEqualTo(Exit.VIOLATED);
        Path kept;
        try (Stream<Path> runs = Files.list(dir.resolve("hunt").resolve(exhibit.protocol()))) {
            kept = runs.filter(Files::isDirectory).findFirst().orElseThrow().resolve("scenario.json");
        }
        assertThat(Files.readString(kept)).isEqualTo(Files.readString(committed().resolve(property).resolve("scenario.json")));
    }

    private static List<byte[]> contents(Path root) throws IOException {
        List<byte[]> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                all.add(Files.readAllBytes(f));
            }
        }
        return all;
    }
}
