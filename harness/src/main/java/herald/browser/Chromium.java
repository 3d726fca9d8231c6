package herald.browser;

import herald.process.Reaper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A headless Chromium that Herald starts, drives over the DevTools protocol, and stops: how the
 * diagrams are checked in a real browser and measured.
 *
 * <p>It runs with a fresh profile directory and with everything that would reach for the
 * network switched off (component updates, sync, background networking, QUIC), so it neither
 * hangs nor phones home on a machine without network; {@code --no-sandbox} lets it run as root
 * in a container. The executable is {@code $HERALD_CHROMIUM} or the first of {@code chromium},
 * {@code chromium-browser}, {@code google-chrome} on the {@code PATH}.
 */
public final class Chromium implements AutoCloseable {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final Duration START = Duration.ofSeconds(30);

    private final Process process;
    private final Path profile;
    private final DevTools devTools;
    private final int width;
    private final int height;

    private Chromium(Process process, Path profile, DevTools devTools, int width, int height) {
        this.process = process;
        this.profile = profile;
        this.devTools = devTools;
        this.width = width;
        this.height = height;
    }

    /** The Chromium executable to use, if this machine has one. */
    public static Optional<Path> find() {
        String chosen = System.getenv("HERALD_CHROMIUM");
        if (chosen != null && !chosen.isBlank()) {
            Path path = Path.of(chosen);
            return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String pathVariable = System.getenv("PATH");
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String dir : pathVariable.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Starts {@code executable} headless with a {@code width} x {@code height} window. */
    public static Chromium start(Path executable, int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("herald-chromium-");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--window-size=" + width + "," + height, "about:blank"));
        // Registered with the reaper, so that no browser outlives Herald, even when it is interrupted.
        Process process = Reaper.start(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()));
        try {
            URI endpoint = endpoint(process, profile);
            return new Chromium(process, profile, DevTools.connect(endpoint, START), width, height);
        } catch (IOException | RuntimeException e) {
            Reaper.kill(process);
            delete(profile);
            throw e;
        }
    }

    /** Chromium writes its DevTools port and path into the profile once it listens. */
    private static URI endpoint(Process process, Path profile) throws IOException {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(portFile)) {
                List<String> lines = Files.readAllLines(portFile);
                if (lines.size() >= 2) {
                    return URI.create("ws://127.0.0.1:" + lines.get(0).trim() + lines.get(1).trim());
                }
            }
            if (!process.isAlive()) {
                throw new IOException("Chromium exited with " + process.exitValue() + ": " + tail(profile));
            }
            pause(50);
        }
        throw new IOException("Chromium did not open its DevTools port within " + START.toSeconds() + " s: "
                + tail(profile));
    }

    /** Opens a new tab on {@code url} and waits until it has loaded. */
    public Tab open(URI url, Duration timeout) throws IOException {
        return Tab.open(devTools, url, width, height, timeout);
    }

    static void pause(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String tail(Path profile) {
        try {
            List<String> lines = Files.readAllLines(profile.resolve("chromium.log"));
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    @Override
    public void close() {
        try {
            devTools.call(null, "Browser.close", null, Duration.ofSeconds(5));
        } catch (IOException | RuntimeException alreadyGone) {
            process.destroy();
        }
        devTools.close();
        try {
            process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Whatever of it is left (a helper process of its group, or itself, if it would not close).
        Reaper.kill(process);
        delete(profile);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // A profile left in the temporary directory is harmless.
        }
    }
}
