package herald.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Utf8Test {

    @TempDir
    Path dir;

    @Test
    void aFileIsReplacedWholeOnceItsTextIsWritten() throws IOException {
        Path file = dir.resolve("page.html");
        Utf8.write(file, "old");

        Utf8.write(file, out -> out.write("new \ud800"));

        assertThat(Files.readString(file)).isEqualTo("new ?");
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFileWrittenWholeIsAsReadableAsAnyOtherTheProcessWrites() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(dir.resolve("plain.html"), "x");
        Path whole = dir.resolve("report.html");

        Utf8.write(whole, "x");

        assertThat(Files.getPosixFilePermissions(whole)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void aWriteThatFailsHalfWayLeavesTheOldFileAndNoPartBehind() throws IOException {
        Path file = dir.resolve("log.txt");
        Path fresh = dir.resolve("fresh.txt");
        Utf8.write(file, "old");

        assertThatThrownBy(() -> Utf8.write(file, out -> {
            out.write("half");
            throw new IllegalArgumentException("a name the format cannot carry");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("a name the format cannot carry");
        assertThatThrownBy(() -> Utf8.write(fresh, out -> {
            out.write("half");
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(Files.readString(file)).isEqualTo("old");
        assertThat(files()).containsExactly(file);
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> all = Files.list(dir)) {
            return all.toList();
        }
    }
}
