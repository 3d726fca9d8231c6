package herald.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure no process Herald started outlives it. Every process is registered when it starts
 * and forgotten when Herald has killed it; a shutdown hook kills whatever is still registered when
 * the JVM ends, normally or by a signal (Ctrl-C, {@code kill}). Nothing can be started once the
 * JVM is shutting down.
 *
 * <p>A process is killed with its whole tree: its process group when it was started as the leader
 * of one ({@code setsid}, where the machine has it, which also catches grandchildren that left the
 * tree), then every descendant still alive, then itself.
 */
public final class Reaper {

    private static final Set<Process> LIVE = new LinkedHashSet<>();
    private static final Path SETSID = find("setsid");
    private static final Path KILL = find("kill");
    private static boolean closing;
    private static boolean hooked;

    private Reaper() {
    }

    /**
     * Starts {@code builder}'s command as a tracked process, in a process group of its own where the
     * machine allows.
     *
     * @throws IOException when the program cannot be started
     * @throws IllegalStateException when Herald is shutting down
     */
    public static Process start(ProcessBuilder builder) throws IOException {
        synchronized (LIVE) {
            if (closing) {
                throw new IllegalStateException("Herald is shutting down; no new process is started");
            }
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(Reaper::killAll, "herald-reaper"));
                hooked = true;
            }
            Process process;
            if (SETSID != null) {
                // The builder itself runs the command under setsid, so that everything else it says
                // (environment, directory, redirections) holds; the caller gets it back as it was.
                List<String> command = new ArrayList<>(builder.command());
                builder.command(withSetsid(command));
                try {
                    process = builder.start();
                } finally {
                    builder.command(command);
                }
            } else {
                process = builder.start();
            }
            LIVE.add(process);
            return process;
        }
    }

    private static List<String> withSetsid(List<String> command) {
        List<String> led = new ArrayList<>(command);
        led.add(0, SETSID.toString());
        return led;
    }

    /** Kills {@code process} and everything it started, waits for it to end, and forgets it. */
    public static void kill(Process process) {
        List<ProcessHandle> tree = process.descendants().toList();
        signal(process, "KILL");
        tree.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (LIVE) {
            LIVE.remove(process);
        }
    }

    /**
     * Sends {@code signal} ({@code STOP}, {@code CONT}, {@code KILL}) to the process's group, or to
     * it and its descendants; false when the machine has no {@code kill} command.
     */
    public static boolean signal(Process process, String signal) {
        if (KILL == null) {
            return false;
        }
        List<String> command = new ArrayList<>(List.of(KILL.toString(), "-" + signal, "--"));
        if (SETSID != null) {
            // The group outlives its leader: a grandchild may still be in it.
            command.add("-" + process.pid());
        } else if (!process.isAlive()) {
            return true;
        } else {
            command.add(Long.toString(process.pid()));
            process.descendants().forEach(p -> command.add(Long.toString(p.pid())));
        }
        try {
            Process kill = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    /** How many started processes have not been killed yet. */
    public static int live() {
        synchronized (LIVE) {
            LIVE.removeIf(p -> !p.isAlive() && p.descendants().findAny().isEmpty());
            return LIVE.size();
        }
    }

    private static void killAll() {
        List<Process> all;
        synchronized (LIVE) {
            closing = true;
            all = new ArrayList<>(LIVE);
        }
        all.forEach(Reaper::kill);
    }

    private static Path find(String program) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
