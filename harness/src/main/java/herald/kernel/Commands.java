package herald.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Runs the system's network tools ({@code ip}, {@code iptables-restore}) and reports their failures. */
final class Commands {

    private Commands() {
    }

    /** Runs {@code command} with {@code input} on its standard input; throws with its error output if it fails. */
    static String feed(String input, String... command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command[0] + ": " + e.getMessage(), e);
        }
        if (input != null) {
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        }
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
        return output;
    }

    static String run(String... command) throws IOException {
        return feed(null, command);
    }

    /** {@code command} run inside the network namespace {@code namespace}. */
    static String[] in(String namespace, String... command) {
        List<String> all = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        all.addAll(List.of(command));
        return all.toArray(String[]::new);
    }
}
