package herald.kernel;

import herald.nemesis.Crash;
import herald.nemesis.Fault;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.nemesis.Pause;
import herald.realtime.NetworkFaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The schedule's network faults as iptables rules, each node's in its own namespace, on the
 * {@code INPUT} chain of its {@code filter} table: a partition is a grudge, and a grudge is where
 * packets are dropped, at the receiver ({@code -s SENDER -j DROP}, so a one-way partition is one
 * rule); loss is the {@code statistic} match ({@code -m statistic --mode random --probability P
 * -j DROP}), on every link or on the links named. Two losses are two rules, each rolling its own
 * dice, so they compound as in the simulator.
 *
 * <p>At every change the whole table of every namespace is replaced with {@code iptables-restore},
 * atomically: the rules always match the faults active now, and a stop undoes exactly its fault.
 * The kernel has no duplication and, without {@code tc netem} (missing from some kernels), no
 * delay: such faults are refused before the run.
 */
public final class Firewall implements NetworkFaults {

    private final Namespaces namespaces;
    private final List<String> names;

    public Firewall(Namespaces namespaces, List<String> names) {
        this.namespaces = namespaces;
        this.names = List.copyOf(names);
    }

    /** Why the kernel cannot apply {@code fault}, or empty when it can. */
    public static Optional<String> refusal(Fault fault) {
        if (fault instanceof Partition || fault instanceof Loss || fault instanceof Crash || fault instanceof Pause) {
            return Optional.empty();
        }
        return Optional.of("the kernel fault layer applies partitions, loss, crashes and pauses with iptables; "
                + fault.name() + " would need tc netem, which it does not use (use --fault-layer herald)");
    }

    /** The {@code iptables-restore} input of node {@code k}'s namespace while the faults {@code active} last. */
    public static String rules(int k, List<String> names, List<Fault> active) {
        String self = names.get(k);
        List<String> rules = new ArrayList<>();
        for (Fault fault : active) {
            if (fault instanceof Partition partition) {
                Set<String> senders = partition.grudge().drops().getOrDefault(self, Collections.emptySortedSet());
                for (String sender : senders) {
                    rules.add("-A INPUT -s " + Namespaces.address(names.indexOf(sender)) + " -j DROP");
                }
            } else if (fault instanceof Loss loss) {
                String p = String.format(Locale.ROOT, "%.6f", loss.p());
                if (loss.links().isEmpty()) {
                    rules.add("-A INPUT -s 10.77.0.0/24 -m statistic --mode random --probability " + p + " -j DROP");
                }
                for (Link link : loss.links()) {
                    if (link.to().equals(self)) {
                        rules.add("-A INPUT -s " + Namespaces.address(names.indexOf(link.from()))
                                + " -m statistic --mode random --probability " + p + " -j DROP");
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n"
                + ":OUTPUT ACCEPT [0:0]\n");
        rules.forEach(rule -> table.append(rule).append('\n'));
        return table.append("COMMIT\n").toString();
    }

    @Override
    public void reconfigure(List<Fault> active) {
        for (int k = 0; k < names.size(); k++) {
            try {
                Commands.feed(rules(k, names, active), Commands.in(namespaces.namespace(k), "iptables-restore"));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }
    }

    /** The rules in force in node {@code k}'s namespace now, as {@code iptables -S INPUT} lists them. */
    public String listed(int k) throws IOException {
        return Commands.run(Commands.in(namespaces.namespace(k), "iptables", "-S", "INPUT"));
    }
}
