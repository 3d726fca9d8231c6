package herald.sockets;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.NodeId;
import herald.node.Message;
import herald.nemesis.Fault;
import herald.node.Multicast;
import herald.node.Node;
import herald.node.Packet;
import herald.realtime.FirstFailure;
import herald.realtime.NetworkFaults;
import herald.realtime.RealTimeNetwork;
import herald.realtime.RealTimeRun;
import herald.realtime.SharedRecorder;
import herald.runtime.ContextChecks;
import herald.runtime.PacketTrace;
import herald.runtime.RunStats;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.sim.SimNetwork;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Runs one {@link Scenario} on real sockets in wall-clock time: each node on its own thread with
 * its own endpoint of a {@link Transport}, packets as JSON ({@link Wire}), real timers; the
 * processes and what the nemesis does to them are {@link SocketProcesses}'.
 *
 * <p>Every packet a node sends passes through a {@link RealTimeNetwork} first, the fault layer at
 * the socket: it decides the packet's fate with the simulator's own model, holds it for any delay
 * a fault adds, then the real datagram is written. A multicast datagram is judged at each
 * receiving socket instead, per receiver, since the network copies it. When the faults are applied
 * elsewhere (iptables in the kernel, Toxiproxy), that layer lets everything through at once and the
 * schedule goes to the given {@link NetworkFaults}.
 *
 * <p>The run is a {@link RealTimeRun}: sockets open, nodes start, the schedule plays in wall-clock
 * time, the workload asks for its broadcasts at their times; after the heal, the quiet period and
 * an idle network, {@code end} is recorded and every thread stops.
 */
public final class SocketRuntime implements RealTimeRun.Stages {

    /** No latency of Herald's own: the sockets' is real. */
    private static final NetworkModel REAL_LATENCY = new NetworkModel(0, 0, 0);

    private final Scenario scenario;
    private final Supplier<? extends Node> nodes;
    private final SharedRecorder recorder;
    private final Transport transport;
    private final RealTimeNetwork network;
    private final FirstFailure failures;
    private final SocketProcesses processes;
    private final boolean tracePackets;
    private final List<NodeId> ids = new ArrayList<>();
    private final Map<NodeId, Integer> index = new HashMap<>();
    private final Wire wire = new Wire(Long.toHexString(new SecureRandom().nextLong()));
    private final AtomicLong steps = new AtomicLong();
    private MulticastGroup group;
    private String unsettled;
    private volatile boolean over;
    /** When a datagram last reached a node's socket, in the run's microseconds. */
    private volatile long lastReceived;

    /**
     * @param scenario what to run
     * @param nodes makes one node per process, and a fresh one for each restart
     * @param recorder where the history goes, its clock the run's
     * @param tracePackets whether to record {@code send}, {@code recv} and {@code drop} events
     * @param transport the sockets
     * @param faults where the network's faults are applied; empty for Herald's fault layer at the socket
     */
    public SocketRuntime(Scenario scenario, Supplier<? extends Node> nodes, SharedRecorder recorder,
            boolean tracePackets, Transport transport, Optional<NetworkFaults> faults) {
        this.scenario = scenario;
        this.nodes = nodes;
        this.recorder = recorder;
        this.transport = transport;
        this.tracePackets = tracePackets;
        for (String name : scenario.nodes()) {
            index.put(NodeId.of(name), ids.size());
            ids.add(NodeId.of(name));
        }
        this.failures = new FirstFailure(recorder.clock());
        SimNetwork fates = new SimNetwork(scenario.seed(), REAL_LATENCY, scenario.schedule().network(),
                scenario.nodes());
        this.network = new RealTimeNetwork(fates, scenario.nodes(), recorder, tracePackets, this::arrive, failures);
        this.processes = new SocketProcesses(this, ids, nodes, scenario.seed(), recorder, faults.orElse(network),
                failures);
        if (faults.isPresent() && nodes.get() instanceof Multicast.Member) {
            scenario.schedule().faults().stream().map(f -> f.fault()).filter(Fault::onLinks).findFirst()
                    .ifPresent(f -> {
                        throw new IllegalArgumentException("the " + f.name() + " fault cannot reach IP multicast "
                                + "through this fault layer: the group's datagrams cross the host's loopback, outside "
                                + "the layer's links; run multicast protocols with --fault-layer herald (the default)");
                    });
        }
    }

    /** Why the run ended with the network still busy, or null: see {@link RealTimeRun#unsettled}. */
    public String unsettled() {
        return unsettled;
    }

    /**
     * Runs the scenario to its end; the history is in the recorder.
     *
     * @throws herald.realtime.Inconclusive when a fault could not be injected or a thread of the run failed
     */
    public RunStats run() throws IOException, InterruptedException {
        List<RealTimeRun.Request> workload = new ArrayList<>();
        Map<String, Integer> broadcastsBy = new HashMap<>();
        for (PlannedBroadcast b : scenario.broadcasts()) {
            int k = broadcastsBy.merge(b.node(), 1, Integer::sum);
            Message message = new Message(b.node() + "-" + k, NodeId.of(b.node()), b.data());
            workload.add(new RealTimeRun.Request(b.at(), () -> processes.broadcast(b.node(), message)));
        }
        RealTimeRun course = new RealTimeRun(scenario, recorder, processes.injector(), failures);
        course.play(this, workload);
        unsettled = course.unsettled();
        long sent = network.sent();
        long dropped = network.dropped();
        return new RunStats(sent, dropped, sent - dropped, steps.get(), recorder.clock().now(), 0, 0);
    }

    @Override
    public String startNodes() throws IOException {
        if (nodes.get() instanceof Multicast.Member) {
            Optional<String> unavailable = MulticastGroup.unavailable();
            if (unavailable.isPresent()) {
                throw new IOException(unavailable.get());
            }
            group = MulticastGroup.create(ids.size());
        }
        processes.open();
        processes.start();
        return null;
    }

    @Override
    public long lastArrival() {
        return lastReceived;
    }

    @Override
    public void close() {
        over = true;
        processes.stopAll();
        network.close();
        transport.close();
        if (group != null) {
            group.close();
        }
    }

    /** The multicast group of the run, if its protocol multicasts. */
    public Optional<MulticastGroup> group() {
        return Optional.ofNullable(group);
    }

    /** Opens node {@code k}'s sockets for its process now: what they receive goes to it, and to no later one. */
    void openEndpoints(int k) throws IOException {
        SocketProcess owner = processes.get(k);
        transport.open(k, guarded(ids.get(k).name() + "'s socket could not take a datagram", datagram -> {
            lastReceived = recorder.clock().now();
            Wire.Envelope envelope = wire.decode(datagram);
            if (envelope != null) {
                owner.receive(envelope.from(), envelope.packet());
            }
        }));
        if (group != null) {
            group.open(k, guarded(ids.get(k).name() + "'s multicast socket could not take a datagram", datagram -> {
                lastReceived = recorder.clock().now();
                Wire.Envelope envelope = wire.decode(datagram);
                Integer from = envelope == null ? null : index.get(envelope.from());
                if (from != null && !over) {
                    network.send(from, k, new Arriving(envelope.packet()), trace(envelope.packet()));
                }
            }));
        }
    }

    /** What a socket's reader thread runs for each datagram, its failure the run's. */
    private Transport.Inbox guarded(String what, Transport.Inbox inbox) {
        return new Transport.Inbox() {
            @Override
            public void received(byte[] datagram) {
                failures.guard(what, () -> inbox.received(datagram)).run();
            }

            @Override
            public void broken(String why) {
                failures.report(what, new IllegalStateException(why));
            }
        };
    }

    /** Closes node {@code k}'s sockets, as its crash does. */
    void closeEndpoints(int k) {
        transport.close(k);
        if (group != null) {
            group.close(k);
        }
    }

    // What the processes ask of the network.

    /** A packet on its way to a socket: the fault layer lets it through, then it is written. */
    private record Outgoing(byte[] datagram) {
    }

    /** A packet that reached its receiver's socket (a multicast copy), or that a node sent itself. */
    private record Arriving(Packet packet) {
    }

    void send(SocketProcess from, NodeId to, Packet packet) {
        int k = ContextChecks.destination(to, index.get(to), ids);
        Object payload = k == from.index ? new Arriving(packet) : new Outgoing(wire.encode(from.id, packet));
        network.send(from.index, k, payload, trace(packet));
    }

    void multicast(SocketProcess from, Packet packet) {
        if (group == null) {
            ids.forEach(q -> send(from, q, packet));
        } else {
            group.send(from.index, wire.encode(from.id, packet));
        }
    }

    private JsonNode trace(Packet packet) {
        return tracePackets ? PacketTrace.describe(packet) : null;
    }

    /** The fault layer let a packet through: write it to the socket, or hand it to its receiver. */
    private boolean arrive(int from, int to, Object payload, long packet) {
        SocketProcess target = processes.get(to);
        if (target == null || target.crashed()) {
            return false;
        }
        if (payload instanceof Outgoing outgoing) {
            transport.send(from, to, outgoing.datagram());
        } else if (payload instanceof Arriving arriving) {
            target.receive(ids.get(from), arriving.packet());
        }
        return true;
    }

    // For the processes.

    /** A node's handler threw. */
    void failed(SocketProcess p, Throwable t) {
        processes.failed(p, t);
    }

    SharedRecorder recorder() {
        return recorder;
    }

    List<NodeId> nodeIds() {
        return ids;
    }

    boolean over() {
        return over;
    }

    void stepped() {
        steps.incrementAndGet();
    }
}
