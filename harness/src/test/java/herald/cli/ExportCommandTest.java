package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import herald.export.ShiVizRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPassingAndAFailingRunExportSideBySideAsALogShiVizAccepts() throws IOException {
        Path passing = run("eager-rb", "--seed", "2");
        Path failing = run("best-effort", "--seed", "5", "--nemesis", "partition,loss=0.3", "--trace-packets", "--force");
        Path log = dir.resolve("both.log");

        CommandLine export = CommandLine.run("export", "--shiviz", passing.toString(), failing.toString(),
                "-o", log.toString());

        assertThat(export.exit()).isEqualTo(Exit.VALID);
        assertThat(export.out()).isEqualTo(log + "\n");
        String text = Files.readString(log);
        assertThat(ShiVizRules.check(text)).isEmpty();
        assertThat(text.lines().filter(line -> line.startsWith("=== ") && !line.contains("(?<trace>")))
                .containsExactly("=== " + passing + ": eager-rb, seed 2: valid ===",
                        "=== " + failing + ": best-effort, seed 5: INVALID (validity) ===");
    }

    @Test
    void withoutAnOutputFileTheLogGoesToStandardOutput() throws IOException {
        Path history = run("eager-rb", "--seed", "3");

        CommandLine export = CommandLine.run("export", "--shiviz", history.toString());

        assertThat(export.exit()).isEqualTo(Exit.VALID);
        assertThat(ShiVizRules.check(export.out())).isEmpty();
    }

    @Test
    void exportNeedsAFormat() throws IOException {
        Path history = run("eager-rb", "--seed", "3");

        CommandLine export = CommandLine.run("export", history.toString());

        assertThat(export.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(export.err()).startsWith("herald export: Missing required argument");
    }

    private Path run(String protocol, String... options) throws IOException {
        Path store = dir.resolve(protocol + "-" + String.join("-", options).replaceAll("[^a-z0-9]", ""));
        String[] args = Stream.concat(Stream.of("run", protocol, "--nodes", "3", "--broadcasts", "4", "--store",
                store.toString()), Stream.of(options)).toArray(String[]::new);
        CommandLine.run(args);
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(f -> f.getFileName().toString().equals("history.jsonl")).findFirst().orElseThrow();
        }
    }

    @Test
    void anExportThatFailsHalfWayLeavesNoFileAndPrintsNothing() throws IOException {
        Path history = dir.resolve("odd.jsonl");
        Files.writeString(history, "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\","
                + "\"n2 </script><b>\"]}\n{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"m\"}\n");
        Path log = dir.resolve("odd.log");

        CommandLine export = CommandLine.run("export", "--shiviz", history.toString(), "-o", log.toString());
        CommandLine toStdout = CommandLine.run("export", "--shiviz", history.toString());

        assertThat(export.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(export.err()).contains("node \"n2 </script><b>\" has a space or a brace in its name");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(history);
        }
        assertThat(toStdout.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(toStdout.out()).isEmpty();
    }
}
