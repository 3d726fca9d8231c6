package herald.history;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes text files as UTF-8, forgivingly: a history may carry a string that is not valid Unicode
 * (a lone surrogate, which JSON's escapes can spell), and a page or a log drawn from it must still
 * be written, with that character replaced, rather than fail. The JDK's own writers refuse it.
 */
public final class Utf8 {

    private Utf8() {
    }

    /** Writes {@code text} to {@code file}, creating or truncating it. */
    public static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A buffered writer to {@code file} that replaces what UTF-8 cannot encode. */
    public static Writer writer(Path file) throws IOException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), encoder));
    }
}
