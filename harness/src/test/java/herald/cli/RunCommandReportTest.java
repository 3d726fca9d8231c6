package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandReportTest {

    @TempDir
    Path dir;

    @Test
    void everyRunWritesItsReportBesideItsHistoryAndPrintsWhere() throws IOException {
        CommandLine run = CommandLine.run("run", "best-effort", "--nodes", "3", "--broadcasts", "4", "--nemesis",
                "partition,loss=0.3", "--seed", "6", "--runs", "2", "--store", dir.toString(), "--force");

        List<String> reports = run.out().lines().filter(line -> line.startsWith("  report: "))
                .map(line -> line.substring("  report: ".length())).toList();
        assertThat(reports).hasSize(2);
        for (String report : reports) {
            Path page = Path.of(report);
            assertThat(page.getFileName().toString()).isEqualTo("report.html");
            assertThat(page.resolveSibling("history.jsonl")).exists();
            assertThat(Files.readString(page)).contains("<h1>best-effort, seed ").contains("id=\"herald-data\"");
        }
    }
}
