package herald.run;

import herald.history.IoError;
import herald.history.Utf8;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /**
     * A new, empty directory for one run under {@code DIR/<group>/}; {@code latest} points at it.
     * Several processes may share a store (the shards of a campaign): each directory is made by one
     * of them only, and {@code latest} is always there, pointing at one of the newest.
     */
    public Path newRun(String group, String name) {
        String stamp = STAMP.format(Instant.now());
        Path latest = root.resolve("latest");
        if (Files.isDirectory(latest, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(latest + " is a directory, where Herald keeps a link to the newest run; "
                + "move it away or give another --store");
        }
        try {
            Path parent = root.resolve(group);
            Files.createDirectories(parent);
            Path dir = parent.resolve(stamp + "-" + name);
            for (int k = 2; !created(dir); k++) {
                dir = parent.resolve(stamp + "-" + name + "-" + k);
            }
            pointLatestAt(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a run directory under " + root + ": " + IoError.reason(e), e);
        }
    }

    /** Makes {@code dir}; false when it is there already, made by another run (or another process). */
    private static boolean created(Path dir) throws IOException {
        try {
            Files.createDirectory(dir);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        }
    }

    /**
     * Points {@code latest} at {@code dir}: a link (or, where the file system has none, a text file)
     * made under a name of its own, then moved over {@code latest} in one step, so that a reader
     * never finds it missing and two writers never collide.
     */
    private void pointLatestAt(Path dir) throws IOException {
        Path latest = root.resolve("latest");
        Path next = root.resolve(".latest-" + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId());
        Files.deleteIfExists(next);
        try {
            Files.createSymbolicLink(next, root.toAbsolutePath().relativize(dir.toAbsolutePath()));
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.writeString(next, dir.toString() + System.lineSeparator());
        }
        try {
            Files.move(next, latest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(next, latest, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(next);
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
