package herald.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One running copy of a program: its stdin fed line by line from a queue (so that whoever hands it
 * a message never waits on a slow or stopped process), its stdout read line by line, its stderr
 * kept up to a limit.
 *
 * <p>Output is read defensively: a line longer than the limit is cut and reported, and once the
 * process has written more than its output limit in all, Herald stops reading its messages (and
 * says so) but keeps draining the pipe, so the process never blocks on a full pipe.
 */
public final class NodeProcess {

    /** What a process's output becomes. Called on the process's own reader threads. */
    public interface Listener {
        /** A complete line the process wrote to stdout, numbered from 1. */
        void line(NodeProcess from, long number, String line);

        /**
         * Something wrong with the process's output, as a sentence; {@code often} when it may come
         * again on every line.
         */
        void diagnostic(NodeProcess from, String sentence, boolean often);

        /**
         * The process broke a rule of the protocol through its own fault ({@code sentence} says
         * which), so that what it leaves undone is its failure.
         */
        default void breach(NodeProcess from, String sentence) {
            diagnostic(from, sentence, false);
        }

        /** The process ended, with its exit code. */
        void exited(NodeProcess from, int code);

        /** Herald failed to handle what the process did ({@code what}): the run cannot be judged. */
        void failed(NodeProcess from, String what, Throwable cause);
    }

    /**
     * Limits on what a process may write.
     *
     * @param lineBytes the longest line read as a message
     * @param outputBytes stdout bytes read as messages, in all
     * @param stderrBytes stderr bytes kept for the report
     */
    public record Limits(int lineBytes, long outputBytes, int stderrBytes) {
        public static final Limits DEFAULT = new Limits(1 << 20, 64L << 20, 256 << 10);
    }

    /** Queued after the last line to end the writer; compared by identity, so no line can be taken for it. */
    private static final String CLOSE = new String("close");

    private final String node;
    private final Process process;
    private final Limits limits;
    private final Listener listener;
    private final BlockingQueue<String> stdin = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private long stderrDropped;
    private volatile boolean killed;
    private Thread stderrReader;
    private Thread stdoutReader;

    private NodeProcess(String node, Process process, Limits limits, Listener listener) {
        this.node = node;
        this.process = process;
        this.limits = limits;
        this.listener = listener;
    }

    /**
     * Starts {@code command} in {@code dir} as node {@code node}.
     *
     * @throws IOException when the program cannot be started (not found, not executable)
     */
    public static NodeProcess start(String node, List<String> command, Path dir, Limits limits, Listener listener)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        NodeProcess p = new NodeProcess(node, Reaper.start(builder), limits, listener);
        p.thread("stdin", p::feed);
        p.stdoutReader = p.thread("stdout", p::readStdout);
        p.stderrReader = p.thread("stderr", p::readStderr);
        // Whoever ends it, its stdin's writer ends with it, rather than wait for a line forever.
        p.process.onExit().thenRun(() -> p.stdin.add(CLOSE));
        return p;
    }

    /**
     * From now on, tells the listener when the process ends (at once if it already has), once
     * every line it wrote before it ended has been handed over: a node that answers and exits has
     * answered (a grandchild holding its stdout open is waited for {@value #DRAIN_MILLIS} ms at most).
     */
    public void watchExit() {
        thread("end", () -> {
            int code = process.onExit().join().exitValue();
            try {
                stdoutReader.join(DRAIN_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener.exited(this, code);
        });
    }

    private static final long DRAIN_MILLIS = 1000;

    private Thread thread(String stream, Runnable body) {
        Thread thread = new Thread(guarded(node + "'s " + stream, body), "herald-" + node + "-" + stream);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** {@code body}, its failure told to the listener rather than lost with the thread. */
    private Runnable guarded(String what, Runnable body) {
        return () -> {
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                listener.failed(this, "Herald could not handle " + what, e);
            }
        };
    }

    /** Waits, at most {@code millis}, until everything the process wrote to stderr has been read. */
    public void awaitStderr(long millis) {
        try {
            stderrReader.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String node() {
        return node;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Whether Herald killed it (a crash fault, or the end of the run), rather than it ending on its own. */
    public boolean killed() {
        return killed;
    }

    /** Queues one line for the process's stdin; it goes out in order, with its newline. */
    public void write(String line) {
        if (!killed) {
            stdin.add(line);
        }
    }

    /** Kills the process and everything it started. */
    public void kill() {
        killed = true;
        stdin.add(CLOSE);
        Reaper.kill(process);
    }

    /** Stops the process (SIGSTOP): it takes no steps, and what it is sent waits in its pipe. */
    public boolean pause() {
        return Reaper.signal(process, "STOP");
    }

    /** Lets a paused process go on (SIGCONT). */
    public boolean resume() {
        return Reaper.signal(process, "CONT");
    }

    /** What the process wrote to stderr, up to the limit, with a note of what was left out. */
    public String stderr() {
        synchronized (stderr) {
            String text = stderr.toString(StandardCharsets.UTF_8);
            return stderrDropped == 0 ? text : text + "\n[… " + stderrDropped + " more bytes of stderr not kept]\n";
        }
    }

    private void feed() {
        try (OutputStream out = process.getOutputStream()) {
            while (true) {
                String line = stdin.take();
                if (line == CLOSE) {
                    return;
                }
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                if (stdin.isEmpty()) {
                    out.flush();
                }
            }
        } catch (IOException closed) {
            stdin.clear();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readStdout() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long number = 0;
        long total = 0;
        boolean cut = false;
        boolean flooded = false;
        try (InputStream out = process.getInputStream()) {
            int n;
            while ((n = out.read(buffer)) > 0) {
                total += n;
                if (!flooded && total > limits.outputBytes()) {
                    flooded = true;
                    listener.breach(this, node + " wrote more than " + limits.outputBytes()
                            + " bytes to stdout; Herald stopped reading its messages there");
                }
                if (flooded) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    byte b = buffer[k];
                    if (b == '\n') {
                        number++;
                        if (cut) {
                            listener.diagnostic(this, node + " line " + number + " is longer than "
                                    + limits.lineBytes() + " bytes; it was cut and ignored", true);
                        } else {
                            listener.line(this, number, line.toString(StandardCharsets.UTF_8));
                        }
                        line.reset();
                        cut = false;
                    } else if (line.size() < limits.lineBytes()) {
                        line.write(b);
                    } else {
                        cut = true;
                    }
                }
            }
            if (line.size() > 0 && !flooded) {
                listener.diagnostic(this, node + " line " + (number + 1) + " has no newline at the end of its output: "
                        + quote(line.toString(StandardCharsets.UTF_8)), false);
            }
        } catch (IOException closed) {
            // The process ended or was killed: nothing more to read.
        }
    }

    private void readStderr() {
        byte[] buffer = new byte[8192];
        try (InputStream err = process.getErrorStream()) {
            int n;
            while ((n = err.read(buffer)) > 0) {
                synchronized (stderr) {
                    int keep = Math.max(0, Math.min(n, limits.stderrBytes() - stderr.size()));
                    stderr.write(buffer, 0, keep);
                    stderrDropped += n - keep;
                }
            }
        } catch (IOException closed) {
            // The process ended or was killed.
        }
    }

    /** A line as a diagnostic quotes it: at most 120 characters. */
    public static String quote(String line) {
        String shown = line.length() > 120 ? line.substring(0, 120) + "…" : line;
        return "\"" + shown.replace("\"", "\\\"") + "\"";
    }
}
