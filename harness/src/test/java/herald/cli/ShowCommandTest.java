package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {

    private static final String HEADER = "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\",\"n2\"],"
            + "\"protocol\":\"best-effort\",\"spec\":\"best-effort\",\"seed\":4}\n";
    private static final String LOST = HEADER
            + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"m1\",\"data\":\"a\"}\n"
            + "{\"i\":1,\"t\":0,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"m1\",\"origin\":\"n1\",\"data\":\"a\"}\n"
            + "{\"i\":2,\"t\":2000000,\"type\":\"end\"}\n";

    @TempDir
    Path dir;

    @Test
    void showWritesTheReportBesideTheHistoryAndExitsOneForTheViolationItDraws() throws IOException {
        Path history = write("lost.jsonl", LOST);

        CommandLine show = CommandLine.run("show", history.toString());

        assertThat(show.exit()).isEqualTo(Exit.VIOLATED);
        assertThat(show.out()).isEqualTo(dir.resolve("lost.html") + "\n");
        String page = Files.readString(dir.resolve("lost.html"));
        assertThat(page).contains("<title>best-effort, seed 4</title>")
                .contains("<h2>best-effort: INVALID, 1 of 3 properties violated</h2>")
                .contains("validity violated: correct process n1 broadcast m1 (#0), but correct process n2 never "
                        + "delivered it");
    }

    @Test
    void showTextPrintsOneColumnPerNodeAndWritesNoPageUnlessAsked() throws IOException {
        Path history = write("lost.jsonl", LOST);

        CommandLine show = CommandLine.run("show", history.toString(), "--text");

        assertThat(show.exit()).isEqualTo(Exit.VIOLATED);
        assertThat(show.out()).isEqualTo("""
                best-effort, seed 4
                best-effort: INVALID, 1 of 3 properties violated
                  validity violated 1 time
                    V1  validity violated: correct process n1 broadcast m1 (#0), but correct process n2 never delivered it

                         #          t  n1                  n2                  network
                V1       0       0 µs  broadcast m1
                         1             deliver m1
                         2    2.000 s                                          end
                """);
        assertThat(dir.resolve("lost.html")).doesNotExist();
    }

    @Test
    void showChecksTheSpecGivenInsteadOfTheHeadersAndWritesWhereToldTo() throws IOException {
        Path history = write("lost.jsonl.gz", LOST);
        Path page = dir.resolve("out/page.html");

        CommandLine show = CommandLine.run("show", history.toString(), "--spec", "reliable", "-o", page.toString());

        assertThat(show.exit()).isEqualTo(Exit.VIOLATED);
        assertThat(Files.readString(page)).contains("<h2>reliable: INVALID, 1 of 4 properties violated</h2>")
                .contains("<span class=\"name\">agreement</span> <span class=\"violated\">violated 1 time</span>");
    }

    @Test
    void aHistoryWhoseSpecIsUnknownIsDrawnUncheckedWithTheReason() throws IOException {
        Path history = write("future.jsonl", LOST.replace("\"spec\":\"best-effort\"", "\"spec\":\"byzantine\""));

        CommandLine show = CommandLine.run("show", history.toString());

        assertThat(show.exit()).isEqualTo(Exit.VALID);
        assertThat(Files.readString(dir.resolve("future.html"))).contains("<h2>not checked</h2>")
                .contains("the header names spec &quot;byzantine&quot;, which this Herald does not know; give one "
                        + "with --spec");
    }

    @Test
    void aMalformedHistoryIsOneLineNamingFileAndLineWithExitTwo() throws IOException {
        Path history = write("bad.jsonl", HEADER + "{\"i\":0,\"t\":0,\"type\":\"deliver\",\"node\":\"n1\"}\n");

        CommandLine show = CommandLine.run("show", history.toString());

        assertThat(show.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(show.err()).startsWith(history + ":2: ").doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void anOutputUnderAFileNamesThatFile() throws IOException {
        Path history = write("h.jsonl", HEADER + "{\"i\":0,\"t\":0,\"type\":\"end\"}\n");
        Path file = write("plain", "not a folder\n");
        CommandLine show = CommandLine.run("show", history.toString(), "-o", file.resolve("x.html").toString());
        assertThat(show.exit()).isEqualTo(Exit.BAD_INPUT);
        assertThat(show.err()).isEqualTo("herald show: cannot write " + file.resolve("x.html") + ": " + file
                + " already exists as a file\n");
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        if (name.endsWith(".gz")) {
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } else {
            Files.writeString(file, text);
        }
        return file;
    }

    @Test
    void specNoneDrawsTheHistoryUncheckedAsTheHelpSays() throws IOException {
        Path history = write("lost.jsonl", LOST);

        CommandLine show = CommandLine.run("show", history.toString(), "--spec", "none", "--text");

        assertThat(show.exit()).isEqualTo(Exit.VALID);
        assertThat(show.err()).isEmpty();
        assertThat(show.out()).startsWith("best-effort, seed 4\nnot checked: --spec none\n\n");
    }
}
