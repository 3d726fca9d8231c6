package herald.process;

import java.nio.file.Path;
import java.util.List;

/**
 * A program that runs as a node: its command line (the executable and its arguments) and the
 * directory it runs in (null: Herald's own).
 */
public record Program(List<String> command, Path dir) {

    public Program {
        command = List.copyOf(command);
        if (command.isEmpty()) {
            throw new IllegalArgumentException("--bin needs a program to run");
        }
    }

    /** The command line as people write it. */
    public String describe() {
        return String.join(" ", command);
    }
}
