package herald.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks on the files a command writes. */
final class Outputs {

    private Outputs() {
    }

    /**
     * Refuses an {@code output} that is one of the {@code inputs} (by name, by a link, or by another
     * path to the same file): writing it would replace what is being read.
     *
     * @throws IllegalArgumentException naming the file
     */
    static void apart(Path output, List<Path> inputs) {
        if (output == null) {
            return;
        }
        for (Path input : inputs) {
            if (same(output, input)) {
                throw new IllegalArgumentException("the output " + output + " is the history " + input
                        + "; writing it would destroy the history, so give another file");
            }
        }
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
