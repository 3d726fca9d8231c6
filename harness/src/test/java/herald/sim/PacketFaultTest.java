package herald.sim;

import static herald.sim.Runs.broadcasts;
import static herald.sim.Runs.during;
import static herald.sim.Runs.events;
import static herald.sim.Runs.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import herald.history.Event;
import herald.history.History;
import herald.nemesis.Delay;
import herald.nemesis.Duplicate;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.NetworkSemantics;
import herald.nemesis.Pause;
import herald.nemesis.Reorder;
import herald.nemesis.Schedule;
import herald.run.Run;
import herald.scenario.NetworkModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PacketFaultTest {

    @Test
    void lossOfPointThreeLosesThirtyPercentOfAHundredThousandPackets() {
        SimNetwork network = new SimNetwork(5, NetworkModel.DEFAULT, NetworkSemantics.DEFAULT, Runs.nodes(5));
        network.reconfigure(List.of(new Loss(0.3)));
        int lost = 0;
        for (int k = 0; k < 100_000; k++) {
            int from = k % 5;
            int to = (from + 1 + k / 5 % 4) % 5;
            if (network.send(from, to, k) == SimNetwork.DROPPED) {
                assertThat(network.dropReason()).isEqualTo("loss");
                lost++;
            }
        }
        assertThat(lost).isBetween(27_000, 33_000);
    }

    @Test
    void lossOnChosenLinksLeavesTheOtherLinksAlone() {
        SimNetwork network = new SimNetwork(5, NetworkModel.DEFAULT, NetworkSemantics.DEFAULT, Runs.nodes(3));
        network.reconfigure(List.of(new Loss(1, List.of(new Link("n1", "n2")))));
        for (int k = 0; k < 1000; k++) {
            assertThat(network.send(0, 1, k)).isEqualTo(SimNetwork.DROPPED);
            assertThat(network.send(1, 0, k)).isNotEqualTo(SimNetwork.DROPPED);
            assertThat(network.send(0, 2, k)).isNotEqualTo(SimNetwork.DROPPED);
        }
    }

    @Test
    void duplicationProducesDuplicatesThatEagerReliableBroadcastAbsorbs() {
        Run run = Runs.run(Runs.scenario("eager-rb", 4, broadcasts(20, 0, 1_000_000, "n1", "n2", "n3"),
                schedule(during(0, 1_000_000, new Duplicate(0.5))), NetworkModel.DEFAULT));
        Map<Long, List<Event.Recv>> byPacket = new HashMap<>();
        for (Event.Recv r : events(run.history(), Event.Recv.class)) {
            byPacket.computeIfAbsent(r.packet(), k -> new ArrayList<>()).add(r);
        }
        List<List<Event.Recv>> duplicated = byPacket.values().stream().filter(l -> l.size() == 2).toList();
        assertThat(duplicated).hasSizeGreaterThan(200);
        assertThat(byPacket.values()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(2));
        assertThat(duplicated).allSatisfy(l -> assertThat(l.get(1).t()).isGreaterThanOrEqualTo(l.get(0).t()));
        assertThat(run.verdict().valid()).as(run.verdict().describe()).isTrue();
        assertThat(run.deliveries()).isEqualTo(80);
    }

    @Test
    void reorderingMakesLaterPacketsOvertakeEarlierOnes() {
        var planned = broadcasts(300, 0, 1_000_000, "n1", "n2", "n3");
        Run steady = Runs.run(Runs.scenario("best-effort", 3, planned, Schedule.NONE, Runs.STEADY));
        Run reordered = Runs.run(Runs.scenario("best-effort", 3, planned,
                schedule(during(0, 1_000_000, new Reorder(20_000))), Runs.STEADY));
        assertThat(Runs.overtaken(steady.history())).isZero();
        assertThat(Runs.overtaken(reordered.history())).isGreaterThan(50);
    }

    @Test
    void fifoLinksNeverLetALaterPacketOvertakeUnderJitterSpikesDuplicationLossAndPauses() {
        var planned = broadcasts(200, 0, 1_000_000, "n1", "n2", "n3", "n4");
        Schedule faults = schedule(during(0, 1_000_000, new Duplicate(0.3)), during(0, 1_000_000, new Loss(0.1)),
                during(100_000, 400_000, new Delay(30_000, List.of("n2"), List.of())),
                during(300_000, 600_000, new Pause(List.of("n3"))));
        Run unordered = Runs.run(Runs.scenario("eager-rb", 4, planned, faults, NetworkModel.DEFAULT));
        Run fifo = Runs.run(Runs.scenario("eager-rb", 4, planned, faults.withNetwork(NetworkSemantics.FIFO),
                NetworkModel.DEFAULT));
        assertThat(Runs.overtaken(unordered.history())).isGreaterThan(100);
        assertThat(Runs.overtaken(fifo.history())).isZero();
        assertThat(events(fifo.history(), Event.Recv.class)).hasSizeGreaterThan(5_000);
        assertThat(fifo.verdict().valid()).as(fifo.verdict().describe()).isTrue();
    }

    @Test
    void aDelaySpikeSlowsItsLinkDownAndNoOther() {
        Run run = Runs.run(Runs.scenario("best-effort", 3, broadcasts(60, 0, 1_000_000, "n1", "n2"),
                schedule(during(0, 1_000_000, new Delay(100_000, List.of(), List.of(new Link("n1", "n2"))))),
                Runs.STEADY));
        History h = run.history();
        Map<Long, Long> sentAt = new HashMap<>();
        events(h, Event.Send.class).forEach(s -> sentAt.put(s.packet(), s.t()));
        List<Event.Recv> received = events(h, Event.Recv.class).stream().filter(r -> !r.from().equals(r.node()))
                .toList();
        assertThat(received).filteredOn(r -> r.from().equals("n1") && r.node().equals("n2")).hasSize(30)
                .allSatisfy(r -> assertThat(r.t() - sentAt.get(r.packet())).isBetween(51_000L, 151_000L));
        assertThat(received).filteredOn(r -> !(r.from().equals("n1") && r.node().equals("n2"))).hasSize(90)
                .allSatisfy(r -> assertThat(r.t() - sentAt.get(r.packet())).isEqualTo(1_000L));
    }
}
