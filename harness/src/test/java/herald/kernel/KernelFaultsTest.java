package herald.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import herald.nemesis.Fault;
import herald.nemesis.Grudge;
import herald.nemesis.Partition;
import herald.process.Reaper;
import herald.run.Run;
import herald.sockets.SocketRuns;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults injected by the kernel, for real: namespaces, a bridge, iptables. Skipped, with the
 * reason, where the machine cannot (not Linux, not root, no iptables); CI runs it as root.
 */
class KernelFaultsTest {

    private static final List<String> TWO = List.of("n1", "n2");

    @BeforeEach
    void linuxAndRoot() {
        var missing = KernelNetwork.unavailable();
        assumeTrue(missing.isEmpty(), () -> "kernel faults unavailable: " + missing.orElse(""));
    }

    @Test
    void aOneWayPartitionReallyBlocksTrafficBetweenTwoNamespacesAndHeals() throws Exception {
        String prefix;
        try (Namespaces namespaces = Namespaces.create(2); RelayTransport transport = new RelayTransport(namespaces)) {
            prefix = namespaces.namespace(0).replaceAll("n1$", "");
            transport.start();
            BlockingQueue<String> atN1 = new LinkedBlockingQueue<>();
            BlockingQueue<String> atN2 = new LinkedBlockingQueue<>();
            transport.open(0, datagram -> atN1.add(new String(datagram)));
            transport.open(1, datagram -> atN2.add(new String(datagram)));
            Firewall firewall = new Firewall(namespaces, TWO);

            transport.send(0, 1, "before".getBytes());
            assertThat(atN2.poll(2, TimeUnit.SECONDS)).isEqualTo("before");

            List<Fault> cut = List.of(Partition.ofGrudge("one-way", Grudge.oneWay(List.of("n1"), List.of("n2"))));
            firewall.reconfigure(cut);
            assertThat(firewall.listed(1)).contains("-A INPUT -s 10.77.0.1/32 -j DROP");
            transport.send(0, 1, "during".getBytes());
            transport.send(1, 0, "the other way".getBytes());
            assertThat(atN1.poll(2, TimeUnit.SECONDS)).isEqualTo("the other way");
            assertThat(atN2.poll(300, TimeUnit.MILLISECONDS)).isNull();

            firewall.reconfigure(List.of());
            assertThat(firewall.listed(1)).doesNotContain("DROP");
            transport.send(0, 1, "after".getBytes());
            assertThat(atN2.poll(2, TimeUnit.SECONDS)).isEqualTo("after");
        }
        assertThat(Commands.run("ip", "netns", "list")).doesNotContain(prefix);
    }

    @Test
    void everyRelayIsTheReapersToKillSoThatNoneOutlivesHerald() throws Exception {
        int before = Reaper.live();
        try (Namespaces namespaces = Namespaces.create(2); RelayTransport transport = new RelayTransport(namespaces)) {
            transport.start();
            assertThat(Reaper.live()).isEqualTo(before + 2);
            transport.close(0);
            assertThat(Reaper.live()).isEqualTo(before + 1);
        }
        assertThat(Reaper.live()).isEqualTo(before);
    }

    @Test
    void eagerReliableBroadcastStillPassesWhenTheKernelCutsAndLosesItsPackets() throws IOException {
        Run run = SocketRuns.run("eager-rb", 3, "partition,loss=0.2", 1, new KernelNetwork());
        assertThat(run.valid()).as(run.verdict().describe()).isTrue();
        assertThat(run.history().header().text("fault_layer")).isEqualTo("kernel");
        assertThat(leftBehind()).isEmpty();
    }

    @Test
    void bestEffortBroadcastLosesWhatTheKernelDrops() throws IOException {
        Run run = SocketRuns.runUnderLoss("best-effort", 3, 0.3, 1, new KernelNetwork());
        assertThat(run.verdict().violated()).extracting(o -> o.property()).containsExactly("validity");
        assertThat(leftBehind()).isEmpty();
    }

    /** Namespaces of this process that are still there. */
    private static List<String> leftBehind() throws IOException {
        String mine = "herald-" + ProcessHandle.current().pid() + "-";
        return Commands.run("ip", "netns", "list").lines().filter(line -> line.startsWith(mine)).toList();
    }
}
