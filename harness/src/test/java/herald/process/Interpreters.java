package herald.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;

/** The interpreters the test programs need: a test skips, saying why, where one is missing. */
public final class Interpreters {

    private Interpreters() {
    }

    /** Skips the calling test where {@code interpreter} is not on the PATH (.ci/run installs it). */
    public static void requires(String interpreter) {
        boolean found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, interpreter)));
        Assumptions.assumeTrue(found, interpreter + " is not installed (.ci/run installs it)");
    }
}
