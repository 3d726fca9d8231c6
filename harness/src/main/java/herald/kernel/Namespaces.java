package herald.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One network namespace per node, each with a veth pair whose other end is on a bridge in a hub
 * namespace of its own: a small switched LAN, {@code 10.77.0.0/24}, that nothing on the machine
 * can reach and that reaches nothing (no namespace has a route out). Node k has address
 * {@code 10.77.0.(k+1)} on its {@code eth0}.
 *
 * <p>Names are {@code herald-PID-RUN-…}, unique per run. Closing deletes every namespace, which
 * takes their interfaces and firewall rules with them; a shutdown hook does it too if the JVM is
 * stopped, and {@link #sweep} deletes what a killed process left behind.
 */
public final class Namespaces implements AutoCloseable {

    private static final String PREFIX = "herald-";
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final String hub;
    private final List<String> nodes = new ArrayList<>();
    private final Thread cleanup = new Thread(this::delete, "herald-namespaces-cleanup");
    private boolean deleted;

    private Namespaces(String prefix, int count) {
        this.hub = prefix + "hub";
        for (int k = 0; k < count; k++) {
            nodes.add(prefix + "n" + (k + 1));
        }
    }

    /** Creates the hub, its bridge, and one namespace per node wired to it. */
    public static Namespaces create(int count) throws IOException {
        sweep();
        Namespaces spaces = new Namespaces(PREFIX + ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet() + "-",
                count);
        Runtime.getRuntime().addShutdownHook(spaces.cleanup);
        try {
            spaces.build();
        } catch (IOException | RuntimeException e) {
            spaces.close();
            throw e;
        }
        return spaces;
    }

    private void build() throws IOException {
        Commands.run("ip", "netns", "add", hub);
        Commands.run("ip", "-n", hub, "link", "add", "br0", "type", "bridge");
        Commands.run("ip", "-n", hub, "link", "set", "br0", "up");
        for (int k = 0; k < nodes.size(); k++) {
            String ns = nodes.get(k);
            String port = "p" + (k + 1);
            Commands.run("ip", "netns", "add", ns);
            Commands.run("ip", "-n", ns, "link", "add", "eth0", "type", "veth", "peer", "name", port, "netns", hub);
            Commands.run("ip", "-n", hub, "link", "set", port, "master", "br0");
            Commands.run("ip", "-n", hub, "link", "set", port, "up");
            Commands.run("ip", "-n", ns, "addr", "add", address(k) + "/24", "dev", "eth0");
            Commands.run("ip", "-n", ns, "link", "set", "eth0", "up");
            Commands.run("ip", "-n", ns, "link", "set", "lo", "up");
        }
    }

    /** Node k's address. */
    public static String address(int k) {
        return "10.77.0." + (k + 1);
    }

    /** Node k's namespace. */
    public String namespace(int k) {
        return nodes.get(k);
    }

    public int size() {
        return nodes.size();
    }

    /** Deletes every namespace of the run; safe to call twice. */
    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it deletes the same namespaces.
        }
    }

    private synchronized void delete() {
        if (deleted) {
            return;
        }
        deleted = true;
        for (String ns : nodes) {
            deleteQuietly(ns);
        }
        deleteQuietly(hub);
    }

    private static void deleteQuietly(String namespace) {
        try {
            Commands.run("ip", "netns", "del", namespace);
        } catch (IOException absent) {
            // Never made, or already gone.
        }
    }

    /** Deletes the namespaces of Herald processes that are no longer running. */
    public static void sweep() {
        String list;
        try {
            list = Commands.run("ip", "netns", "list");
        } catch (IOException cannot) {
            return;
        }
        for (String line : list.split("\n")) {
            String name = line.strip().split(" ")[0];
            if (name.startsWith(PREFIX)) {
                Optional<Long> pid = pidOf(name);
                if (pid.isPresent() && ProcessHandle.of(pid.get()).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                deleteQuietly(name);
            }
        }
    }

    private static Optional<Long> pidOf(String name) {
        String[] parts = name.split("-");
        try {
            return parts.length > 1 ? Optional.of(Long.parseLong(parts[1])) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
