package herald.kernel;

import herald.nemesis.ScheduledFault;
import herald.scenario.Scenario;
import herald.sockets.Network;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kernel tier: each node in its own network namespace, UDP across a bridge, the schedule's
 * partitions and loss applied by iptables in the receivers' namespaces ({@link Firewall}), crashes
 * by killing the node's socket. Linux and root only; {@link #unavailable} says why not elsewhere.
 */
public final class KernelNetwork implements Network {

    @Override
    public Wires open(Scenario scenario) throws IOException {
        Optional<String> missing = unavailable();
        if (missing.isPresent()) {
            throw new IllegalArgumentException("--fault-layer kernel: " + missing.get());
        }
        for (ScheduledFault f : scenario.schedule().faults()) {
            Firewall.refusal(f.fault()).ifPresent(why -> {
                throw new IllegalArgumentException(why);
            });
        }
        Namespaces namespaces = Namespaces.create(scenario.nodes().size());
        RelayTransport transport = new RelayTransport(namespaces);
        try {
            transport.start();
            Firewall firewall = new Firewall(namespaces, scenario.nodes());
            firewall.reconfigure(java.util.List.of());
            return Network.wires(transport, Optional.of(firewall), namespaces::close);
        } catch (IOException | RuntimeException e) {
            transport.close();
            namespaces.close();
            throw e;
        }
    }

    @Override
    public String transport() {
        return "udp";
    }

    @Override
    public String faultLayer() {
        return "kernel";
    }

    /**
     * Why this machine cannot run the kernel tier (not Linux, not root, {@code ip} or
     * {@code iptables-restore} missing), or empty when it can.
     */
    public static Optional<String> unavailable() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.of("network namespaces and iptables need Linux; this is " + System.getProperty("os.name"));
        }
        if (!root()) {
            return Optional.of("network namespaces and iptables need root; run as root (e.g. in CI)");
        }
        for (String tool : new String[] {"ip", "iptables-restore"}) {
            if (!onPath(tool)) {
                return Optional.of(tool + " is missing; install " + (tool.equals("ip") ? "iproute2" : "iptables")
                        + " (apt-get install " + (tool.equals("ip") ? "iproute2" : "iptables") + ")");
            }
        }
        return probe();
    }

    /**
     * Root is not always enough (a container may forbid namespaces, a kernel may lack iptables):
     * makes a namespace, lists its firewall rules, and removes it.
     */
    private static Optional<String> probe() {
        String namespace = "herald-probe-" + ProcessHandle.current().pid();
        try {
            Commands.run("ip", "netns", "add", namespace);
            try {
                Commands.run(Commands.in(namespace, "iptables", "-L", "INPUT"));
            } finally {
                Commands.run("ip", "netns", "delete", namespace);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("this machine cannot make a network namespace with a firewall: " + e.getMessage());
        }
    }

    private static boolean root() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("Uid:"))
                    .anyMatch(line -> line.split("\\s+")[2].equals("0"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin";
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
