package herald.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes text files as UTF-8, forgivingly: a history may carry a string that is not valid Unicode
 * (a lone surrogate, which JSON's escapes can spell), and a page or a log drawn from it must still
 * be written, with that character replaced, rather than fail. The JDK's own writers refuse it.
 *
 * <p>A file is written whole or not at all: the text goes to a temporary file beside it, which
 * takes the file's name only once everything is written. An export that fails half-way (a name
 * the format cannot carry) leaves no half a file behind, and an older file stays as it was.
 */
public final class Utf8 {

    /** What writes a file's text, given the writer; it may fail half-way. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** Numbers the temporary files of this process. */
    private static final AtomicLong PARTS = new AtomicLong();

    private Utf8() {
    }

    /** Writes {@code text} to {@code file}, replacing it whole. */
    public static void write(Path file, String text) throws IOException {
        write(file, out -> out.write(text));
    }

    /**
     * Writes what {@code text} writes to {@code file}, replacing it whole once {@code text} has
     * finished; when it throws, {@code file} is left as it was and the exception goes on.
     */
    public static void write(Path file, Text text) throws IOException {
        Path absolute = file.toAbsolutePath();
        // Not Files.createTempFile: its files are private (0600), and a report is for others to read too.
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + PARTS.incrementAndGet() + ".part");
        boolean done = false;
        try {
            try (Writer out = writer(temporary)) {
                text.writeTo(out);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A buffered writer to {@code file} that replaces what UTF-8 cannot encode. */
    private static Writer writer(Path file) throws IOException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), encoder));
    }
}
