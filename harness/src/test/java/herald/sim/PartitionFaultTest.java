package herald.sim;

import static herald.sim.Runs.broadcasts;
import static herald.sim.Runs.during;
import static herald.sim.Runs.events;
import static herald.sim.Runs.schedule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import herald.history.Event;
import herald.history.History;
import herald.nemesis.Grudge;
import herald.nemesis.Partition;
import herald.run.Run;
import herald.scenario.NetworkModel;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartitionFaultTest {

    private static final Set<String> LEFT = Set.of("n1", "n2");

    @Test
    void noPacketCrossesAHalvesPartitionWhileItLastsAndEagerReliableBroadcastHealsAfter() {
        Partition halves = Partition.ofGroups("halves", List.of(List.of("n1", "n2"), List.of("n3", "n4")));
        Run run = Runs.run(Runs.scenario("eager-rb", 4, broadcasts(40, 0, 1_000_000, "n1", "n3"),
                schedule(during(200_000, 700_000, halves)), NetworkModel.DEFAULT));
        History h = run.history();
        List<Event.Recv> during = Runs.receivedDuring(h, "partition");
        assertThat(during).hasSizeGreaterThan(100)
                .allSatisfy(r -> assertThat(LEFT.contains(r.from())).as("#%d", r.i()).isEqualTo(LEFT.contains(r.node())));
        List<Event.Drop> cut = events(h, Event.Drop.class).stream().filter(d -> d.reason().equals("partition")).toList();
        assertThat(cut).hasSizeGreaterThan(10)
                .allSatisfy(d -> assertThat(LEFT.contains(d.node())).isNotEqualTo(LEFT.contains(d.to())));
        assertThat(run.verdict().valid()).as(run.verdict().describe()).isTrue();
        assertThat(run.deliveries()).isEqualTo(160);
    }

    @Test
    void packetsInFlightAcrossANewCutAreLost() {
        // One broadcast 200 us before the cut: its packets are still on the wire when it is made.
        Partition halves = Partition.ofGroups("halves", List.of(List.of("n1", "n2"), List.of("n3", "n4")));
        Run run = Runs.run(Runs.scenario("best-effort", 4, broadcasts(1, 99_800, 99_801, "n1"),
                schedule(during(100_000, 900_000, halves)), NetworkModel.DEFAULT));
        assertThat(events(run.history(), Event.Drop.class)).extracting(Event.Drop::to, Event.Drop::reason)
                .containsExactlyInAnyOrder(tuple("n3", "partition"), tuple("n4", "partition"));
    }

    @Test
    void aOneWayPartitionPassesPacketsOneWayOnly() {
        // n2 holds a grudge against n1: n1 cannot reach n2, while n2 still reaches n1.
        Partition oneWay = Partition.ofGrudge("one-way", Grudge.oneWay(List.of("n1"), List.of("n2")));
        Run run = Runs.run(Runs.scenario("eager-rb", 3, broadcasts(30, 0, 1_000_000, "n1", "n2"),
                schedule(during(100_000, 800_000, oneWay)), NetworkModel.DEFAULT));
        History h = run.history();
        List<Event.Recv> during = Runs.receivedDuring(h, "partition");
        assertThat(during).filteredOn(r -> r.from().equals("n1") && r.node().equals("n2")).isEmpty();
        assertThat(during).filteredOn(r -> r.from().equals("n2") && r.node().equals("n1")).hasSizeGreaterThan(20);
        assertThat(events(h, Event.Drop.class)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.node() + ">" + d.to()).isEqualTo("n1>n2"));
        assertThat(run.verdict().valid()).as(run.verdict().describe()).isTrue();
    }
}
