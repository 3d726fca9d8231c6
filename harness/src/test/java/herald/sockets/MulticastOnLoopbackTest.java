package herald.sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import herald.run.Run;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** IP multicast on real sockets: one group on the loopback interface, joined by every node. */
class MulticastOnLoopbackTest {

    private static Optional<String> unavailable;

    @BeforeAll
    static void probe() {
        unavailable = MulticastGroup.unavailable();
    }

    private static void assumeMulticast() {
        assumeTrue(unavailable.isEmpty(), () -> "no multicast on loopback here: " + unavailable.orElse(""));
    }

    @Test
    void oneDatagramToTheGroupReachesEveryMemberTheSenderIncluded() throws Exception {
        assumeMulticast();
        try (MulticastGroup group = MulticastGroup.create(3)) {
            assertThat(group.address().getAddress().getAddress()[0] & 0xff).isEqualTo(239);
            List<String> heard = new CopyOnWriteArrayList<>();
            CountDownLatch all = new CountDownLatch(3);
            for (int k = 0; k < 3; k++) {
                String member = "n" + (k + 1);
                group.open(k, datagram -> {
                    heard.add(member + ":" + new String(datagram));
                    all.countDown();
                });
            }
            group.send(1, "hello".getBytes());
            assertThat(all.await(2, TimeUnit.SECONDS)).isTrue();
            assertThat(heard).containsExactlyInAnyOrder("n1:hello", "n2:hello", "n3:hello");
        }
    }

    @Test
    void aClosedMemberHearsNothingMore() throws IOException, InterruptedException {
        assumeMulticast();
        try (MulticastGroup group = MulticastGroup.create(2)) {
            List<String> heard = new CopyOnWriteArrayList<>();
            CountDownLatch first = new CountDownLatch(1);
            group.open(0, datagram -> first.countDown());
            group.open(1, datagram -> heard.add(new String(datagram)));
            group.close(1);
            group.send(0, "after".getBytes());
            assertThat(first.await(2, TimeUnit.SECONDS)).isTrue();
            assertThat(heard).isEmpty();
        }
    }

    @Test
    void ipMulticastLosesMessagesUnderLossAndIsCaughtByValidity() {
        assumeMulticast();
        Run run = SocketRuns.runUnderLoss("ip-multicast", 5, 0.2, 1, Network.udp());
        assertThat(run.verdict().violated()).extracting(o -> o.property()).containsExactly("validity");
    }

    @Test
    void reliableMulticastRepairsWhatTheGroupLostAndKeepsReliable() {
        assumeMulticast();
        for (long seed = 1; seed <= 2; seed++) {
            Run run = SocketRuns.runUnderLoss("reliable-multicast", 5, 0.2, seed, Network.udp());
            assertThat(run.valid()).as(run.verdict().describe()).isTrue();
            assertThat(run.deliveries()).isEqualTo(5L * run.scenario().broadcasts().size());
        }
    }

    @Test
    void reliableMulticastAlsoSurvivesPartitionsAndCrashesOnRealSockets() {
        assumeMulticast();
        Run run = SocketRuns.run("reliable-multicast", 5, "partition,loss=0.2,crash=1", 3, Network.udp());
        assertThat(run.valid()).as(run.verdict().describe()).isTrue();
    }
}
