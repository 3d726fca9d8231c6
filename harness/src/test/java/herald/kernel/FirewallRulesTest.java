package herald.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import herald.nemesis.Delay;
import herald.nemesis.Duplicate;
import herald.nemesis.Grudge;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule as iptables rules: what each namespace's table holds while faults are active. */
class FirewallRulesTest {

    private static final List<String> NODES = List.of("n1", "n2", "n3");
    private static final String EMPTY = "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n";

    @Test
    void withNoFaultEveryTableIsEmpty() {
        assertThat(Firewall.rules(0, NODES, List.of())).isEqualTo(EMPTY + "COMMIT\n");
    }

    @Test
    void aPartitionDropsAtEachReceiverWhatTheOtherSideSends() {
        Partition halves = new Partition("groups", List.of(List.of("n1"), List.of("n2", "n3")));
        assertThat(Firewall.rules(0, NODES, List.of(halves))).isEqualTo(EMPTY
                + "-A INPUT -s 10.77.0.2 -j DROP\n-A INPUT -s 10.77.0.3 -j DROP\nCOMMIT\n");
        assertThat(Firewall.rules(2, NODES, List.of(halves))).isEqualTo(EMPTY + "-A INPUT -s 10.77.0.1 -j DROP\nCOMMIT\n");
    }

    @Test
    void aOneWayPartitionIsARuleOnOneSideOnly() {
        Partition oneWay = Partition.ofGrudge("one-way", Grudge.oneWay(List.of("n1"), List.of("n2")));
        assertThat(Firewall.rules(1, NODES, List.of(oneWay))).isEqualTo(EMPTY + "-A INPUT -s 10.77.0.1 -j DROP\nCOMMIT\n");
        assertThat(Firewall.rules(0, NODES, List.of(oneWay))).isEqualTo(EMPTY + "COMMIT\n");
    }

    @Test
    void lossIsTheStatisticMatchOnEveryLinkOrOnTheLinksNamed() {
        assertThat(Firewall.rules(0, NODES, List.of(new Loss(0.2)))).isEqualTo(EMPTY
                + "-A INPUT -s 10.77.0.0/24 -m statistic --mode random --probability 0.200000 -j DROP\nCOMMIT\n");
        Loss onOneLink = new Loss(0.5, List.of(new Link("n3", "n2")));
        assertThat(Firewall.rules(1, NODES, List.of(onOneLink))).isEqualTo(EMPTY
                + "-A INPUT -s 10.77.0.3 -m statistic --mode random --probability 0.500000 -j DROP\nCOMMIT\n");
        assertThat(Firewall.rules(2, NODES, List.of(onOneLink))).isEqualTo(EMPTY + "COMMIT\n");
    }

    @Test
    void faultsTheKernelCannotApplyWithoutNetemAreRefusedWithTheReason() {
        assertThat(Firewall.refusal(new Duplicate(0.1))).hasValue("the kernel fault layer applies partitions, loss, "
                + "crashes and pauses with iptables; duplicate would need tc netem, which it does not use (use "
                + "--fault-layer herald)");
        assertThat(Firewall.refusal(new Delay(10_000, List.of("n1"), List.of()))).isPresent();
        assertThat(Firewall.refusal(new Loss(0.1))).isEmpty();
    }
}
