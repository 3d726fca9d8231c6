package herald.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import herald.history.HistoryCollector;
import herald.history.HistorySink;
import herald.history.Recorder;
import herald.nemesis.Crash;
import herald.nemesis.Loss;
import herald.nemesis.NetworkSemantics;
import herald.nemesis.Partition;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import herald.scenario.NetworkModel;
import herald.sim.SimNetwork;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class RealTimeNetworkTest {

    private static final List<String> NODES = List.of("n1", "n2", "n3");

    private final HistoryCollector memory = new HistoryCollector();
    private final WallClock clock = new WallClock();
    private final SharedRecorder recorder =
            new SharedRecorder(new Recorder(Header.of(NODES).withClock("wall"), memory), clock);
    private final ConcurrentLinkedQueue<String> arrived = new ConcurrentLinkedQueue<>();
    private final List<String> crashed = Collections.synchronizedList(new ArrayList<>());

    private final FirstFailure failures = new FirstFailure(clock);

    private RealTimeNetwork network(NetworkModel latency) {
        SimNetwork fates = new SimNetwork(7, latency, NetworkSemantics.DEFAULT, NODES);
        return new RealTimeNetwork(fates, NODES, recorder, true, (from, to, payload, packet) -> {
            if (crashed.contains(NODES.get(to))) {
                return false;
            }
            arrived.add(NODES.get(from) + ">" + NODES.get(to) + ":" + payload);
            return true;
        }, failures);
    }

    private final ProcessControl processes = new ProcessControl() {
        @Override
        public void crash(String node) {
            crashed.add(node);
        }

        @Override
        public void recover(String node, boolean paused) {
            crashed.remove(node);
        }

        @Override
        public void pause(String node) {
        }

        @Override
        public void resume(String node) {
        }
    };

    /**
     * Waits until {@code arrived} holds, or 10 s: what is due arrives within milliseconds on an idle
     * machine, but a loaded one (a CI runner building beside the tests) may take far longer.
     */
    private static void until(java.util.function.BooleanSupplier arrived) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!arrived.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        Thread.sleep(20); // and a little more, for what should not arrive to show itself
    }

    @Test
    void aPartitionPlayedInWallClockTimeCutsPacketsWhileItLastsAndHeals() throws InterruptedException {
        try (RealTimeNetwork network = network(new NetworkModel(100, 100, 1_000))) {
            Partition cut = new Partition("groups", List.of(List.of("n1"), List.of("n2", "n3")));
            Schedule schedule = new Schedule(List.of(new ScheduledFault(0, 150_000, cut)));
            RealTimeInjector injector = new RealTimeInjector(recorder, network, processes, NODES);
            WallClockNemesis nemesis = new WallClockNemesis(schedule, injector, clock, failures);
            nemesis.start(0);
            clock.sleepUntil(50_000);
            network.send(0, 1, "during", null);
            network.send(1, 2, "inside", null);
            nemesis.awaitHealed();
            network.send(0, 1, "after", null);
            until(() -> arrived.size() >= 2);
            assertThat(arrived).containsExactlyInAnyOrder("n2>n3:inside", "n1>n2:after");
            recorder.end(nemesis.healedAt());
        }
        History h = memory.history();
        List<String> types = h.events().stream().map(Event::type).toList();
        assertThat(types).startsWith("fault").contains("drop").endsWith("end");
        Event.Drop drop = h.events().stream().filter(e -> e instanceof Event.Drop).map(e -> (Event.Drop) e)
                .findFirst().orElseThrow();
        assertThat(drop.reason()).isEqualTo("partition");
        assertThat(drop.node()).isEqualTo("n1");
    }

    @Test
    void lossInWallClockTimeLosesAboutItsShareOfPackets() throws InterruptedException {
        try (RealTimeNetwork network = network(new NetworkModel(0, 0, 0))) {
            network.reconfigure(List.of(new Loss(0.3)));
            for (int k = 0; k < 10_000; k++) {
                network.send(k % 3, (k + 1) % 3, k, null);
            }
            until(() -> arrived.size() >= 10_000 - network.dropped());
            assertThat(network.sent()).isEqualTo(10_000);
            assertThat(network.dropped()).isBetween(2_700L, 3_300L);
            assertThat(arrived).hasSize((int) (10_000 - network.dropped()));
        }
    }

    @Test
    void aCrashedDestinationDropsWhatArrivesAndARecoveryTakesItBack() throws InterruptedException {
        try (RealTimeNetwork network = network(new NetworkModel(100, 0, 100))) {
            RealTimeInjector injector = new RealTimeInjector(recorder, network, processes, NODES);
            Crash crash = new Crash(List.of("n3"), true);
            injector.start(crash);
            assertThat(injector.down("n3")).isTrue();
            network.send(0, 2, "lost", null);
            clock.sleepUntil(clock.now() + 20_000);
            injector.stop(crash);
            network.send(0, 2, "found", null);
            until(() -> !arrived.isEmpty());
            assertThat(arrived).containsExactly("n1>n3:found");
        }
        List<String> types = memory.history().events().stream().map(Event::type).toList();
        assertThat(types).containsSubsequence("fault", "crash", "send", "drop", "fault", "recover", "send", "recv");
    }

    /** A history sink that takes a while over some traced sends, as a disk flush can. */
    private static final class SlowSink implements HistorySink {
        private final HistorySink next;
        private int sends;

        SlowSink(HistorySink next) {
            this.next = next;
        }

        @Override
        public void header(Header header) {
            next.header(header);
        }

        @Override
        public void event(Event event) {
            if (event instanceof Event.Send && sends++ % 3 == 0) {
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            next.event(event);
        }
    }

    @Test
    void onAnOrderedNetworkALinksPacketsArriveInTheOrderSentHoweverLongTracingThemTakes() throws Exception {
        SharedRecorder slow = new SharedRecorder(new Recorder(Header.of(NODES).withClock("wall"),
                new SlowSink(memory)), clock);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        // Latencies from 1 to 9 ms: the ordered network makes many of a link's packets arrive together.
        SimNetwork fates = new SimNetwork(7, new NetworkModel(1_000, 3_000, 9_000), NetworkSemantics.FIFO, NODES);
        try (RealTimeNetwork network = new RealTimeNetwork(fates, NODES, slow, true,
                (from, to, payload, packet) -> order.add((Integer) payload), failures)) {
            for (int k = 0; k < 300; k++) {
                network.send(0, 1, k, null);
            }
            until(() -> order.size() >= 300);
        }
        assertThat(order).hasSize(300).isSorted();
    }

    @Test
    void sendingWhileTheNetworkClosesNeverFailsTheSender() throws Exception {
        List<Throwable> thrown = Collections.synchronizedList(new ArrayList<>());
        for (int round = 0; round < 20; round++) {
            SimNetwork fates = new SimNetwork(7, new NetworkModel(0, 0, 0), NetworkSemantics.DEFAULT, NODES);
            RealTimeNetwork network = new RealTimeNetwork(fates, NODES, recorder, false, (from, to, p, id) -> true,
                    failures);
            List<Thread> senders = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                int from = s;
                Thread sender = new Thread(() -> {
                    try {
                        for (int k = 0; k < 100_000; k++) {
                            network.send(from, (from + 1) % 3, k, null);
                        }
                    } catch (RuntimeException e) {
                        thrown.add(e);
                    }
                });
                senders.add(sender);
                sender.start();
            }
            while (network.sent() < 1_000) {
                Thread.onSpinWait();
            }
            network.close();
            for (Thread sender : senders) {
                sender.join();
            }
        }
        assertThat(thrown).isEmpty();
        assertThat(failures.failed()).isFalse();
    }

    @Test
    void aPacketItsDestinationFailsOnIsTheRunsFailureAndTheNetworkGoesOn() throws Exception {
        SimNetwork fates = new SimNetwork(7, new NetworkModel(0, 0, 0), NetworkSemantics.DEFAULT, NODES);
        try (RealTimeNetwork network = new RealTimeNetwork(fates, NODES, recorder, false, (from, to, payload, packet) -> {
            if (payload.equals("bad")) {
                throw new IllegalStateException("cannot write to n2's stdin");
            }
            arrived.add((String) payload);
            return true;
        }, failures)) {
            network.send(0, 1, "bad", null);
            network.send(0, 1, "good", null);
            until(() -> !arrived.isEmpty());
        }
        assertThat(arrived).containsExactly("good");
        assertThatThrownBy(failures::check).isInstanceOf(Inconclusive.class)
                .hasMessage("inconclusive run: the network could not hand packet 0 from n1 to n2: "
                        + "cannot write to n2's stdin");
    }
}
