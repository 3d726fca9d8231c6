package herald.process;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Header;
import herald.history.History;
import herald.history.HistoryCollector;
import herald.history.HistorySink;
import herald.history.HistoryWriter;
import herald.history.Recorder;
import herald.maelstrom.Envelope;
import herald.maelstrom.MaelstromTopology;
import herald.realtime.FirstFailure;
import herald.realtime.RealTimeInjector;
import herald.realtime.RealTimeNetwork;
import herald.realtime.RealTimeRun;
import herald.realtime.SharedRecorder;
import herald.realtime.WallClock;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.sim.SimNetwork;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One scenario run on programs, in real time: N copies of the program speak Maelstrom's protocol,
 * Herald's network carries what they send each other through the scenario's faults, and Maelstrom's
 * clients broadcast and read.
 *
 * <p>The run is a {@link RealTimeRun}: start every process, {@code init} each (a node that dies or
 * stays silent here means the program cannot be run), send the topology; then time zero of the
 * scenario: faults start and stop at their times, the planned broadcasts are asked at theirs, and
 * as many reads at random times at random nodes; after the last fault stopped and every broadcast
 * was answered, the quiet period and an idle network; then a final read at every live node, and
 * {@code end}. Every process is gone when it returns, whatever happened.
 */
public final class ProcessRun {

    /**
     * What a run of programs did.
     *
     * @param history what happened (also written to the history file, if one was given)
     * @param startFailure why the program could not be run, or null when every node started
     * @param diagnostics what went wrong with the programs, as sentences
     * @param stderr each node's stderr (up to the limit)
     * @param figures Maelstrom's figures
     * @param unanswered the first sentence about a request a node left unanswered, or null
     * @param unsettled how busy the network still was when the run had to end, or null when it fell idle
     * @param breach the first rule of the protocol a program broke through its own fault, or null
     */
    public record Result(History history, String startFailure, List<String> diagnostics, Map<String, String> stderr,
            Figures figures, String unanswered, String unsettled, String breach) {

        public boolean started() {
            return startFailure == null;
        }
    }

    private final Program program;
    private final Scenario scenario;
    private final ProcessSettings settings;
    private final WallClock clock = new WallClock();
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, List<String>> topology;
    private SharedRecorder recorder;
    private Cluster cluster;
    private RealTimeNetwork network;
    private Clients clients;
    private boolean stopped;

    private ProcessRun(Program program, Scenario scenario, ProcessSettings settings) {
        this.program = program;
        this.scenario = scenario;
        this.settings = settings;
        this.topology = MaelstromTopology.of(settings.topology(), scenario.nodes());
    }

    /**
     * Runs {@code scenario} on copies of {@code program}; the history's header is {@code header}
     * with the wall clock and the topology; it is written to {@code historyFile} unless null.
     *
     * @throws herald.realtime.Inconclusive when a fault could not be injected or a thread of the run
     *     failed: the history, without {@code end}, cannot be judged
     */
    public static Result run(Program program, Scenario scenario, ProcessSettings settings, Header header,
            Path historyFile) throws InterruptedException {
        return new ProcessRun(program, scenario, settings).run(header, historyFile);
    }

    private Result run(Header header, Path historyFile) throws InterruptedException {
        HistoryCollector memory = new HistoryCollector();
        HistorySink sink = historyFile == null ? memory : HistorySink.tee(HistoryWriter.create(historyFile), memory);
        String failure;
        String unsettled = null;
        try {
            recorder = new SharedRecorder(new Recorder(header.withClock("wall").with("topology",
                    Map.of("name", settings.topology(), "neighbours", topology)), sink), clock);
            FirstFailure failures = new FirstFailure(clock);
            Deliveries deliveries = new Deliveries(settings.deliveries(), recorder, diagnostics);
            cluster = new Cluster(program.command(), program.dir(), scenario.nodes(), settings.limits(), recorder,
                    diagnostics, failures);
            SimNetwork fates = new SimNetwork(scenario.seed(), scenario.network(), scenario.schedule().network(),
                    scenario.nodes());
            network = new RealTimeNetwork(fates, scenario.nodes(), recorder, settings.tracePackets(), cluster,
                    failures);
            RealTimeInjector injector = new RealTimeInjector(recorder, network, cluster, scenario.nodes());
            clients = new Clients(cluster, clock, deliveries, diagnostics, settings.requestTimeout(), failures);
            cluster.wire(new Router(cluster, network, clients, deliveries, diagnostics, recorder), this::introduce,
                    clients::abandon, injector);
            RealTimeRun course = new RealTimeRun(scenario, recorder, injector, failures);
            failure = course.play(new Stages(), workload());
            unsettled = course.unsettled();
            deliveries.judgeUnreported();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            stop();
            if (recorder != null) {
                recorder.close();
            } else {
                sink.close();
            }
        }
        return new Result(memory.history(), failure, diagnostics.all(), cluster.stderr(),
                Figures.of(clients.ops(), network.sent()), diagnostics.firstUnanswered(), unsettled,
                diagnostics.firstBreach());
    }

    /** Kills every process and stops every thread of the run, once. */
    private void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (cluster != null) {
            cluster.stop();
        }
        if (network != null) {
            network.close();
        }
        if (clients != null) {
            clients.close();
        }
    }

    /** What this runtime does at each stage of a {@link RealTimeRun}. */
    private final class Stages implements RealTimeRun.Stages {

        @Override
        public String startNodes() throws InterruptedException {
            return start();
        }

        /** Every broadcast asked gets its answer (or its timeout) before the quiet period. */
        @Override
        public void afterHeal() throws InterruptedException {
            clients.awaitBroadcasts(clock.now() + settings.requestTimeout());
        }

        @Override
        public long lastArrival() {
            return network.lastArrival();
        }

        @Override
        public void beforeEnd() throws InterruptedException {
            finalReads();
            clients.report();
        }

        @Override
        public void close() {
            stop();
        }
    }

    /** Starts every process and introduces it; why the program cannot be run, or null. */
    private String start() throws InterruptedException {
        for (int k = 0; k < cluster.size(); k++) {
            try {
                cluster.start(k);
            } catch (java.io.IOException e) {
                return "cannot start " + program.describe() + ": " + e.getMessage();
            }
        }
        List<CompletableFuture<Envelope>> inits = new ArrayList<>();
        for (int k = 0; k < cluster.size(); k++) {
            inits.add(clients.call(k, init(k)));
        }
        long deadline = clock.now() + settings.initTimeout();
        for (int k = 0; k < cluster.size(); k++) {
            String node = cluster.name(k);
            Envelope reply;
            try {
                reply = inits.get(k).get(Math.max(0, deadline - clock.now()), TimeUnit.MICROSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                return node + " did not answer init within " + String.format(java.util.Locale.ROOT, "%.1f s",
                        settings.initTimeout() / 1e6)
                        + stderrTail(node);
            } catch (java.util.concurrent.ExecutionException e) {
                return node + " " + e.getCause().getMessage() + " before answering init" + stderrTail(node);
            }
            if (!reply.type().equals("init_ok")) {
                return node + " answered init with " + (reply.type().equals("error") ? "an error" : "a " + reply.type())
                        + " instead of init_ok: " + reply.body();
            }
        }
        List<CompletableFuture<Envelope>> topologies = new ArrayList<>();
        for (int k = 0; k < cluster.size(); k++) {
            topologies.add(clients.call(k, topology()));
        }
        deadline = clock.now() + settings.requestTimeout();
        for (int k = 0; k < cluster.size(); k++) {
            String node = cluster.name(k);
            try {
                Envelope reply = topologies.get(k).get(Math.max(0, deadline - clock.now()), TimeUnit.MICROSECONDS);
                if (!reply.type().equals("topology_ok")) {
                    diagnostics.add(node, node + " answered topology with a " + reply.type());
                }
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                diagnostics.add(node, node + " did not answer topology");
            }
        }
        return null;
    }

    /** A restarted node gets init and the topology again, as at the start; it does not wait for them. */
    private void introduce(int node) {
        clients.call(node, init(node));
        clients.call(node, topology());
    }

    private ObjectNode init(int node) {
        ObjectNode body = Envelope.body("init");
        body.put("node_id", cluster.name(node));
        scenario.nodes().forEach(body.putArray("node_ids")::add);
        body.putObject("herald").put("deliver_to", Envelope.HERALD);
        return body;
    }

    private ObjectNode topology() {
        ObjectNode body = Envelope.body("topology");
        ObjectNode map = body.putObject("topology");
        topology.forEach((node, neighbours) -> neighbours.forEach(map.putArray(node)::add));
        return body;
    }

    private String stderrTail(String node) {
        String[] lines = cluster.stderr().getOrDefault(node, "").strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return last.isEmpty() ? "" : "; its stderr ends: " + last;
    }

    /**
     * The workload: each planned broadcast asks its node to broadcast the integer that numbers it
     * (0, 1, 2, … as Maelstrom's), and as many reads, each at a random time at a random node.
     */
    private List<RealTimeRun.Request> workload() {
        List<RealTimeRun.Request> planned = new ArrayList<>();
        List<PlannedBroadcast> broadcasts = scenario.broadcasts();
        java.util.SplittableRandom random = new java.util.SplittableRandom(scenario.seed() ^ 0x2545F4914F6CDD1DL);
        for (int j = 0; j < broadcasts.size(); j++) {
            PlannedBroadcast b = broadcasts.get(j);
            planned.add(ask(b.at(), cluster.indexOf(b.node()), Clients.Op.broadcast(IntNode.valueOf(j))));
            planned.add(ask(random.nextLong(scenario.timing().window() + 1), random.nextInt(cluster.size()),
                    Clients.Op.read(false)));
        }
        return planned;
    }

    private RealTimeRun.Request ask(long at, int node, Clients.Op op) {
        return new RealTimeRun.Request(at, () -> clients.submit(node, op));
    }

    private void finalReads() throws InterruptedException {
        List<Clients.Op> reads = new ArrayList<>();
        for (int k = 0; k < cluster.size(); k++) {
            Clients.Op read = Clients.Op.read(true);
            reads.add(clients.submit(k, read) ? read : null);
        }
        long deadline = clock.now() + settings.finalReadTimeout();
        for (int k = 0; k < reads.size(); k++) {
            Clients.Op read = reads.get(k);
            if (read == null) {
                continue;
            }
            try {
                ClientOp done = read.done().get(Math.max(0, deadline - clock.now()), TimeUnit.MICROSECONDS);
                if (!done.ok() && done.completed() < 0 && cluster.up(k)) {
                    diagnostics.unanswered(cluster.name(k), cluster.name(k) + " did not answer its final read");
                }
            } catch (java.util.concurrent.TimeoutException e) {
                diagnostics.unanswered(cluster.name(k), cluster.name(k) + " did not answer its final read");
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
                // The node went down while its final read waited: it is not correct, and owes nothing.
            }
        }
    }
}
