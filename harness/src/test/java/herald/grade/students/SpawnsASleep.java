package herald.grade.students;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Starts {@code sleep 987.654} when the class is initialized, and never stops it. */
public class SpawnsASleep extends Relay {

    /** The sleep's argument, unique so that a test finds it among the machine's processes. */
    public static final String SECONDS = "987.654";

    static {
        try {
            new ProcessBuilder("sleep", SECONDS).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
