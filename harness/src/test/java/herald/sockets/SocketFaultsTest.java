package herald.sockets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.check.Specs;
import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import herald.history.HistoryCollector;
import herald.history.NodeId;
import herald.history.Recorder;
import herald.nemesis.Crash;
import herald.nemesis.Loss;
import herald.nemesis.Pause;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.protocol.Protocols;
import herald.realtime.Inconclusive;
import herald.realtime.NetworkFaults;
import herald.realtime.SharedRecorder;
import herald.realtime.WallClock;
import herald.run.Run;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.Timing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regressions of the sockets runtime: what the nemesis does to a process is what the simulator
 * does, a fault layer that fails makes the run inconclusive, and an interrupted run still closes
 * its sockets.
 */
class SocketFaultsTest {

    private static final List<String> NODES = List.of("n1", "n2", "n3");

    @TempDir
    Path dir;

    /** Logs its boots (counted in stable storage) and a tick every 10 ms; n1's first tick throws when asked to. */
    static final class Diarist implements Node {
        private final boolean n1Fails;
        private Context context;

        Diarist(boolean n1Fails) {
            this.n1Fails = n1Fails;
        }

        @Override
        public void init(Context context) {
            this.context = context;
            int boots = context.storage().retrieve("boots", Integer.class).orElse(0) + 1;
            context.storage().store("boots", boots);
            context.log("boot " + boots);
            context.setTimer(10_000, "tick");
        }

        @Override
        public void onBroadcast(Message message) {
            context.deliver(message);
        }

        @Override
        public void onReceive(NodeId from, Packet packet) {
        }

        @Override
        public void onTimer(Object tag) {
            if (n1Fails && context.self().name().equals("n1")) {
                throw new IllegalStateException("boom");
            }
            context.log("tick");
            context.setTimer(10_000, "tick");
        }
    }

    private static History run(Schedule schedule, Supplier<Node> nodes) throws Exception {
        Scenario scenario = new Scenario("diarist", NODES, List.of(new PlannedBroadcast(50_000, "n2", "v")), schedule, 1,
                new Timing(1_000_000, 200_000), NetworkModel.DEFAULT);
        HistoryCollector memory = new HistoryCollector();
        SharedRecorder recorder = new SharedRecorder(new Recorder(Header.of(NODES).withModel(schedule.model())
                .withClock("wall"), memory), new WallClock());
        new SocketRuntime(scenario, nodes, recorder, false, new UdpTransport(NODES.size()), Optional.empty()).run();
        return memory.history();
    }

    private static List<Event> of(History h, String node) {
        return h.events().stream().filter(e -> e instanceof Event.Log l && l.node().equals(node)
                || e instanceof Event.Crash c && c.node().equals(node)
                || e instanceof Event.Recover r && r.node().equals(node)).toList();
    }

    @Test
    void aNodeWhoseHandlerThrewIsNeitherCrashedAgainNorBroughtBackByACrashFault() throws Exception {
        Schedule restart = new Schedule(List.of(new ScheduledFault(200_000, 400_000, new Crash(List.of("n1"), true))));
        History h = run(restart, () -> new Diarist(true));
        assertThat(of(h, "n1")).filteredOn(e -> !(e instanceof Event.Log))
                .extracting(e -> e.type() + " " + (e instanceof Event.Crash c ? c.reason() : ""))
                .singleElement().asString().startsWith("crash java.lang.IllegalStateException: boom at ");
        assertThat(h.events()).filteredOn(e -> e instanceof Event.Fault).hasSize(2);
    }

    @Test
    void aNodeRestartedInsideAPauseTakesItsFirstStepWhenThePauseEndsAndLaterPausesStillHoldIt() throws Exception {
        Schedule faults = new Schedule(List.of(new ScheduledFault(100_000, 600_000, new Pause(List.of("n1"))),
                new ScheduledFault(200_000, 300_000, new Crash(List.of("n1"), true)),
                new ScheduledFault(700_000, 900_000, new Pause(List.of("n1")))));
        History h = run(faults, () -> new Diarist(false));
        List<Event.Fault> changes = h.events().stream().filter(e -> e instanceof Event.Fault)
                .map(e -> (Event.Fault) e).toList();
        long firstPauseStops = changes.stream().filter(f -> f.action().equals("stop") && f.fault().equals("pause"))
                .findFirst().orElseThrow().t();
        Event.Log reboot = of(h, "n1").stream().filter(e -> e instanceof Event.Log l && l.text().equals("boot 2"))
                .map(e -> (Event.Log) e).findFirst().orElseThrow();
        assertThat(reboot.t()).isGreaterThanOrEqualTo(firstPauseStops);

        Event.Fault secondStarts = changes.stream().filter(f -> f.action().equals("start") && f.fault().equals("pause"))
                .skip(1).findFirst().orElseThrow();
        Event.Fault secondStops = changes.get(changes.size() - 1);
        assertThat(of(h, "n1")).as("no step while the second pause holds it")
                .filteredOn(e -> e.t() > secondStarts.t() + 20_000 && e.i() < secondStops.i()).isEmpty();
        assertThat(of(h, "n1")).filteredOn(e -> e.i() > secondStops.i()).isNotEmpty();
    }

    @Test
    void aFaultLayerThatFailsMakesTheRunInconclusiveAndLeavesItsHistoryWithoutEnd() {
        NetworkFaults refusing = active -> {
            if (!active.isEmpty()) {
                IOException refused = new IOException("connection refused");
                throw new UncheckedIOException("Toxiproxy: " + refused.getMessage(), refused);
            }
        };
        Network failing = new Network() {
            @Override
            public Wires open(Scenario scenario) {
                return Network.wires(new UdpTransport(scenario.nodes().size()), Optional.of(refusing), () -> { });
            }

            @Override
            public String transport() {
                return "udp";
            }

            @Override
            public String faultLayer() {
                return "refusing";
            }
        };
        Schedule loss = new Schedule(List.of(new ScheduledFault(100_000, 300_000, new Loss(0.2))));
        Scenario scenario = new Scenario("eager-rb", NODES, List.of(new PlannedBroadcast(50_000, "n1", "v")), loss, 1,
                new Timing(600_000, 600_000), NetworkModel.DEFAULT);
        var protocol = Protocols.named("eager-rb");
        var spec = Specs.named(protocol.spec());
        Path history = dir.resolve("history.jsonl");
        long started = System.nanoTime();
        assertThatThrownBy(() -> SocketRun.run(scenario, protocol, spec,
                SocketRun.header(Run.header(scenario, protocol, spec, "loss"), failing), history, false, failing))
                .isInstanceOf(Inconclusive.class)
                .hasMessageMatching("inconclusive run: the nemesis could not start loss \\{\"p\":0.2} at \\d+ ms: "
                        + "Toxiproxy: connection refused");
        assertThat(System.nanoTime() - started).as("it ends at once").isLessThan(1_000_000_000L);
        assertThat(history).content().contains("\"type\":\"fault\"").doesNotContain("\"type\":\"end\"");
    }

    /**
     * UDP, watched: it counts how often it was closed, and a node's socket takes {@code reopening}
     * ms to open again after a crash, as a relay's program does.
     */
    private static final class Watched implements Transport {
        private final Transport sockets = new UdpTransport(NODES.size());
        private final boolean[] opened = new boolean[NODES.size()];
        private final long reopening;
        final AtomicInteger closed = new AtomicInteger();

        Watched(long reopening) {
            this.reopening = reopening;
        }

        @Override
        public void open(int node, Inbox inbox) throws IOException {
            boolean again;
            synchronized (this) {
                again = opened[node];
                opened[node] = true;
            }
            if (again) {
                try {
                    Thread.sleep(reopening);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            sockets.open(node, inbox);
        }

        @Override
        public void send(int from, int to, byte[] datagram) {
            sockets.send(from, to, datagram);
        }

        @Override
        public void close(int node) {
            sockets.close(node);
        }

        @Override
        public String name() {
            return "udp";
        }

        @Override
        public void close() {
            closed.incrementAndGet();
            sockets.close();
        }
    }

    @Test
    void aFaultLayerOfItsOwnRefusesPacketFaultsForMulticastWhichBypassesIt() {
        Schedule loss = new Schedule(List.of(new ScheduledFault(100_000, 300_000, new Loss(0.5))));
        Scenario scenario = new Scenario("ip-multicast", NODES, List.of(), loss, 1, new Timing(500_000, 100_000),
                NetworkModel.DEFAULT);
        SharedRecorder recorder = new SharedRecorder(new Recorder(Header.of(NODES).withClock("wall"),
                new HistoryCollector()), new WallClock());
        NetworkFaults firewall = active -> { };
        assertThatThrownBy(() -> new SocketRuntime(scenario, Protocols.named("ip-multicast").factory(), recorder, false,
                new UdpTransport(NODES.size()), Optional.of(firewall)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the loss fault cannot reach IP multicast through this fault layer");
        Schedule crash = new Schedule(List.of(new ScheduledFault(100_000, 100_000, new Crash(List.of("n1"), false))));
        Scenario crashes = new Scenario("ip-multicast", NODES, List.of(), crash, 1, new Timing(500_000, 100_000),
                NetworkModel.DEFAULT);
        assertThat(new SocketRuntime(crashes, Protocols.named("ip-multicast").factory(), recorder, false,
                new UdpTransport(NODES.size()), Optional.of(firewall))).as("a crash needs no link").isNotNull();
    }

    @Test
    void aRunInterruptedAgainAndAgainStillClosesItsSockets() throws Exception {
        Scenario scenario = new Scenario("diarist", NODES, List.of(), Schedule.NONE, 1, new Timing(10_000_000, 100_000),
                NetworkModel.DEFAULT);
        SharedRecorder recorder = new SharedRecorder(new Recorder(Header.of(NODES).withClock("wall"),
                new HistoryCollector()), new WallClock());
        Watched transport = new Watched(0);
        SocketRuntime runtime = new SocketRuntime(scenario, () -> new Diarist(false), recorder, false, transport,
                Optional.empty());
        Thread run = new Thread(() -> {
            try {
                runtime.run();
            } catch (IOException | InterruptedException | RuntimeException expected) {
                // Interrupted, as the test wants.
            }
        });
        run.start();
        Thread.sleep(300);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (run.isAlive() && System.nanoTime() < deadline) {
            run.interrupt();
            Thread.sleep(0, 200_000);
        }
        assertThat(run.isAlive()).isFalse();
        assertThat(transport.closed).hasValue(1);
    }

    @Test
    void aNodeSlowToReopenItsSocketAfterARestartDoesNotDelayTheNextFault() throws Exception {
        Schedule faults = new Schedule(List.of(new ScheduledFault(100_000, 200_000, new Crash(List.of("n1"), true)),
                new ScheduledFault(250_000, 350_000, new Loss(0.1))));
        Scenario scenario = new Scenario("diarist", NODES, List.of(), faults, 1, new Timing(400_000, 700_000),
                NetworkModel.DEFAULT);
        HistoryCollector memory = new HistoryCollector();
        SharedRecorder recorder = new SharedRecorder(new Recorder(Header.of(NODES).withModel(faults.model())
                .withClock("wall"), memory), new WallClock());
        new SocketRuntime(scenario, () -> new Diarist(false), recorder, false, new Watched(500), Optional.empty())
                .run();
        List<Event.Fault> changes = memory.history().events().stream().filter(e -> e instanceof Event.Fault)
                .map(e -> (Event.Fault) e).toList();
        Event.Fault recovered = changes.get(1);
        Event.Fault lossStarts = changes.get(2);
        assertThat(lossStarts.fault()).isEqualTo("loss");
        assertThat(lossStarts.t() - recovered.t()).as("the loss starts 50 ms after the restart, not after the socket")
                .isLessThan(300_000);
        assertThat(of(memory.history(), "n1")).anyMatch(e -> e instanceof Event.Log l && l.text().equals("boot 2"));
    }
}
