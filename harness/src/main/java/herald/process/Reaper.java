package herald.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * tree), then every descendant still alive, then itself; and, where {@code /proc} shows them,
 * every process that still carries the mark put in its environment, which its descendants inherit
 * even when they leave both its tree and its group ({@code setsid} of their own, a daemon's double
 * fork).
 */
public final class Reaper {

    private static final Set<Process> LIVE = new LinkedHashSet<>();
    /** The environment variable that marks a started process and everything it starts. */
    static final String MARK = "HERALD_REAPER_MARK";
    private static final Map<Process, String> MARKS = new HashMap<>();
    private static final String RUN = ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
    private static long started;
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
            String mark = RUN + "-" + ++started;
            String before = builder.environment().put(MARK, mark);
            try {
                process = startLed(builder);
            } finally {
                if (before == null) {
                    builder.environment().remove(MARK);
                } else {
                    builder.environment().put(MARK, before);
                }
            }
            LIVE.add(process);
            MARKS.put(process, mark);
            return process;
        }
    }

    /** Starts the builder's command as the leader of a process group of its own, where the machine has setsid. */
    private static Process startLed(ProcessBuilder builder) throws IOException {
        if (SETSID == null) {
            return builder.start();
        }
        // The builder itself runs the command under setsid, so that everything else it says
        // (environment, directory, redirections) holds; the caller gets it back as it was.
        List<String> command = new ArrayList<>(builder.command());
        builder.command(withSetsid(command));
        try {
            return builder.start();
        } finally {
            builder.command(command);
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
        String mark;
        synchronized (LIVE) {
            mark = MARKS.remove(process);
        }
        if (mark != null) {
            marked(mark).forEach(ProcessHandle::destroyForcibly);
        }
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
            MARKS.keySet().retainAll(LIVE);
            return LIVE.size();
        }
    }

    /** The processes whose environment holds {@code mark}: none where there is no {@code /proc}. */
    static List<ProcessHandle> marked(String mark) {
        byte[] wanted = (MARK + "=" + mark + "\0").getBytes(StandardCharsets.UTF_8);
        List<ProcessHandle> found = new ArrayList<>();
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return found;
        }
        try (var entries = Files.list(proc)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                String name = entry.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    if (contains(Files.readAllBytes(entry.resolve("environ")), wanted)) {
                        ProcessHandle.of(Long.parseLong(name)).ifPresent(found::add);
                    }
                } catch (IOException | SecurityException notOurs) {
                    // Gone, or another user's: not one of ours.
                }
            }
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static boolean contains(byte[] environ, byte[] wanted) {
        outer:
        for (int at = 0; at + wanted.length <= environ.length; at++) {
            if (at > 0 && environ[at - 1] != 0) {
                continue;
            }
            for (int k = 0; k < wanted.length; k++) {
                if (environ[at + k] != wanted[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
