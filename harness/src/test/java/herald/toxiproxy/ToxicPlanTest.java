package herald.toxiproxy;

import static org.assertj.core.api.Assertions.assertThat;

import herald.nemesis.Delay;
import herald.nemesis.Duplicate;
import herald.nemesis.Grudge;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.nemesis.Reorder;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schedule as toxics, and the proxies they go on: everything that needs no server. */
class ToxicPlanTest {

    private static final List<String> NODES = List.of("n1", "n2", "n3");
    private static final ProxyHost LOCAL = ProxyHost.local(URI.create("http://127.0.0.1:8474"));
    private static final ProxyLayout LAYOUT = ProxyLayout.of("r1", NODES, new int[] {5001, 5002, 5003}, LOCAL);

    private static ToxicPlan.Toxic blackHole(String name, double toxicity) {
        return new ToxicPlan.Toxic(name, "timeout", toxicity, Map.of("timeout", 0L));
    }

    @Test
    void everyDirectedLinkHasItsOwnProxyInFrontOfItsReceiver() {
        assertThat(LAYOUT.proxies()).hasSize(6);
        assertThat(LAYOUT.proxies().get(0)).isEqualTo(new ProxyLayout.Link("herald-r1-n1-n2", 0, 1, "127.0.0.1:0",
                "127.0.0.1:5002"));
        assertThat(LAYOUT.proxies()).extracting(ProxyLayout.Link::name).containsExactly("herald-r1-n1-n2",
                "herald-r1-n1-n3", "herald-r1-n2-n1", "herald-r1-n2-n3", "herald-r1-n3-n1", "herald-r1-n3-n2");
        assertThat(LOCAL.reach("127.0.0.1:40123")).isEqualTo(new InetSocketAddress("127.0.0.1", 40123));
        assertThat(LOCAL.reach("[::]:40123")).isEqualTo(new InetSocketAddress("127.0.0.1", 40123));
    }

    @Test
    void aPartitionIsASilentBlackHoleOnEveryLinkItCutsAndOnlyThere() {
        Partition halves = new Partition("groups", List.of(List.of("n1"), List.of("n2", "n3")));
        Map<String, List<ToxicPlan.Toxic>> plan = ToxicPlan.plan(List.of(halves), NODES, LAYOUT, 0);
        assertThat(plan).containsOnlyKeys("herald-r1-n1-n2", "herald-r1-n1-n3", "herald-r1-n2-n1", "herald-r1-n3-n1");
        assertThat(plan.get("herald-r1-n2-n1")).containsExactly(blackHole("partition-0", 1));
    }

    @Test
    void aOneWayPartitionCutsOneDirection() {
        Partition oneWay = Partition.ofGrudge("one-way", Grudge.oneWay(List.of("n3"), List.of("n1")));
        assertThat(ToxicPlan.plan(List.of(oneWay), NODES, LAYOUT, 0)).containsOnlyKeys("herald-r1-n3-n1");
    }

    @Test
    void lossBlackHolesThatFractionOfALinksConnections() {
        Map<String, List<ToxicPlan.Toxic>> plan = ToxicPlan.plan(List.of(new Loss(0.25, List.of(new Link("n2", "n3")))),
                NODES, LAYOUT, 0);
        assertThat(plan).containsExactly(Map.entry("herald-r1-n2-n3", List.of(blackHole("loss-0", 0.25))));
    }

    @Test
    void delaysAndReorderingAreLatencyWithJitter() {
        Delay slowN1 = new Delay(40_000, List.of("n1"), List.of());
        Map<String, List<ToxicPlan.Toxic>> plan = ToxicPlan.plan(List.of(slowN1, new Reorder(10_000)), NODES, LAYOUT, 0);
        assertThat(plan.get("herald-r1-n2-n1")).containsExactly(
                new ToxicPlan.Toxic("delay-0", "latency", 1, Map.of("latency", 40L, "jitter", 20L)),
                new ToxicPlan.Toxic("reorder-1", "latency", 1, Map.of("latency", 5L, "jitter", 5L)));
        assertThat(plan.get("herald-r1-n2-n3")).containsExactly(
                new ToxicPlan.Toxic("reorder-1", "latency", 1, Map.of("latency", 5L, "jitter", 5L)));
    }

    @Test
    void aBandwidthLimitIsOnEveryLinkWithOrWithoutFaults() {
        Map<String, List<ToxicPlan.Toxic>> plan = ToxicPlan.plan(List.of(), NODES, LAYOUT, 64);
        assertThat(plan).hasSize(6);
        assertThat(plan.get("herald-r1-n3-n2")).containsExactly(
                new ToxicPlan.Toxic("bandwidth", "bandwidth", 1, Map.of("rate", 64L)));
        assertThat(ToxicPlan.plan(List.of(), NODES, LAYOUT, 0)).isEmpty();
    }

    @Test
    void duplicationIsRefusedBecauseTcpNeverDuplicates() {
        assertThat(ToxicPlan.refusal(new Duplicate(0.1)))
                .hasValue("Toxiproxy carries TCP, which never duplicates a packet; use --fault-layer herald");
        assertThat(ToxicPlan.refusal(new Loss(0.1))).isEmpty();
    }
}
