package herald.run;

import herald.history.IoError;
import herald.history.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Where runs keep their results: {@code DIR/<protocol>/<time>-seed<S>/} with the history, the
 * verdict and the command that reproduces them, and {@code DIR/latest} pointing at the newest.
 */
public final class Store {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Path root;

    public Store(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A new, empty directory for one run under {@code DIR/<group>/}; {@code latest} points at it. */
    public Path newRun(String group, String name) {
        String stamp = STAMP.format(Instant.now());
        try {
            Path parent = root.resolve(group);
            Files.createDirectories(parent);
            Path dir = parent.resolve(stamp + "-" + name);
            for (int k = 2; Files.exists(dir); k++) {
                dir = parent.resolve(stamp + "-" + name + "-" + k);
            }
            Files.createDirectories(dir);
            pointLatestAt(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run directory under " + root + ": " + IoError.reason(e), e);
        }
    }

    private void pointLatestAt(Path dir) throws IOException {
        Path latest = root.resolve("latest");
        Files.deleteIfExists(latest);
        try {
            Files.createSymbolicLink(latest, root.toAbsolutePath().relativize(dir.toAbsolutePath()));
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.writeString(latest, dir.toString() + System.lineSeparator());
        }
    }

    /** Writes a small text file, creating the directories it goes in. */
    public static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Utf8.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + IoError.reason(e), e);
        }
    }
}
