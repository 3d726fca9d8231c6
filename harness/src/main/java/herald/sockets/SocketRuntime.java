package herald.sockets;

import herald.history.NodeId;
import herald.node.Message;
import herald.node.Multicast;
import herald.node.Node;
import herald.node.Packet;
import herald.node.StableStorage;
import herald.realtime.NetworkFaults;
import herald.realtime.ProcessControl;
import herald.realtime.RealTimeInjector;
import herald.realtime.RealTimeNetwork;
import herald.realtime.SharedRecorder;
import herald.realtime.WallClock;
import herald.realtime.WallClockNemesis;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.sim.SimNetwork;
import herald.sim.Simulation;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * Runs one {@link Scenario} on real sockets in wall-clock time: each node on its own thread with
 * its own endpoint of a {@link Transport}, packets as JSON ({@link Wire}), real timers.
 *
 * <p>Every packet a node sends passes through a {@link RealTimeNetwork} first, the fault layer at
 * the socket: it decides the packet's fate with the simulator's own model, holds it for any delay
 * a fault adds, then the real datagram is written. A multicast datagram is judged at each
 * receiving socket instead, per receiver, since the network copies it. When the faults are applied
 * elsewhere (iptables in the kernel, Toxiproxy), that layer lets everything through at once and the
 * schedule goes to the given {@link NetworkFaults}.
 *
 * <p>The run: sockets open, nodes start, the schedule plays in wall-clock time, the workload asks
 * for its broadcasts at their times; after the last fault stops and the quiet period passes, every
 * thread stops, then {@code end} is recorded.
 */
public final class SocketRuntime implements ProcessControl {

    /** No latency of Herald's own: the sockets' is real. */
    private static final NetworkModel REAL_LATENCY = new NetworkModel(0, 0, 0);

    private final Scenario scenario;
    private final Supplier<? extends Node> nodes;
    private final SharedRecorder recorder;
    private final Transport transport;
    private final RealTimeNetwork network;
    private final NetworkFaults faults;
    private final boolean tracePackets;
    private final List<NodeId> ids = new ArrayList<>();
    private final Map<NodeId, Integer> index = new HashMap<>();
    private final AtomicReferenceArray<SocketProcess> processes;
    private final List<StableStorage> storages = new ArrayList<>();
    private final int[] incarnations;
    private final Wire wire = new Wire(Long.toHexString(new SecureRandom().nextLong()));
    private final AtomicLong steps = new AtomicLong();
    private final ScheduledThreadPoolExecutor detector = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "herald-failure-detector");
        t.setDaemon(true);
        return t;
    });
    private MulticastGroup group;
    private volatile boolean over;

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
            storages.add(new StableMemory());
        }
        this.processes = new AtomicReferenceArray<>(ids.size());
        this.incarnations = new int[ids.size()];
        SimNetwork fates = new SimNetwork(scenario.seed(), REAL_LATENCY, scenario.schedule().network(),
                scenario.nodes());
        this.network = new RealTimeNetwork(fates, scenario.nodes(), recorder, tracePackets, this::arrive);
        this.faults = faults.orElse(network);
        this.detector.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** When a datagram last reached a node's socket, in the run's microseconds. */
    private volatile long lastReceived;

    /** After the quiet period, how long the network must have carried nothing before the run ends. */
    static final long IDLE = 200_000;

    /** How much longer than its quiet period a run may wait for the network to fall idle. */
    static final long GRACE = 5_000_000;

    /** Runs the scenario to its end; the history is in the recorder. */
    public Simulation.Stats run() throws IOException, InterruptedException {
        WallClockNemesis nemesis = null;
        try {
            if (nodes.get() instanceof Multicast.Member) {
                Optional<String> unavailable = MulticastGroup.unavailable();
                if (unavailable.isPresent()) {
                    throw new IOException(unavailable.get());
                }
                group = MulticastGroup.create(ids.size());
            }
            for (int k = 0; k < ids.size(); k++) {
                processes.set(k, new SocketProcess(this, k, ids.get(k), nodes.get(), scenario.seed(), 0,
                        storages.get(k)));
                openEndpoints(k);
            }
            for (int k = 0; k < ids.size(); k++) {
                processes.get(k).start();
            }
            nemesis = new WallClockNemesis(scenario.schedule(), new RealTimeInjector(recorder, faults, this),
                    recorder.clock());
            nemesis.start();
            Map<String, Integer> broadcastsBy = new HashMap<>();
            for (PlannedBroadcast b : scenario.broadcasts()) {
                recorder.clock().sleepUntil(b.at());
                int k = broadcastsBy.merge(b.node(), 1, Integer::sum);
                process(b.node()).broadcast(new Message(b.node() + "-" + k, NodeId.of(b.node()), b.data()));
            }
            // The quiet period counts from when the heal really happened (firewall rules can lag on a
            // loaded machine); then the run waits for the network to fall idle, for a while at most.
            nemesis.awaitHealed();
            WallClock clock = recorder.clock();
            long quietEnds = Math.max(scenario.endsAt(), clock.now() + scenario.timing().quiet());
            clock.sleepUntil(quietEnds);
            while (clock.now() < quietEnds + GRACE && clock.now() - lastReceived < IDLE) {
                clock.sleepUntil(Math.min(quietEnds + GRACE, lastReceived + IDLE));
            }
        } finally {
            over = true;
            if (nemesis != null) {
                nemesis.close();
            }
            detector.shutdownNow();
            for (int k = 0; k < ids.size(); k++) {
                SocketProcess p = processes.get(k);
                if (p != null) {
                    p.awaitStopped();
                }
            }
            network.close();
            transport.close();
            if (group != null) {
                group.close();
            }
            recorder.end(scenario.schedule().isEmpty() ? null : scenario.healedAt());
        }
        long sent = network.sent();
        long dropped = network.dropped();
        return new Simulation.Stats(sent, dropped, sent - dropped, steps.get(), recorder.clock().now(), 0, 0);
    }

    /** The multicast group of the run, if its protocol multicasts. */
    public Optional<MulticastGroup> group() {
        return Optional.ofNullable(group);
    }

    private void openEndpoints(int k) throws IOException {
        transport.open(k, datagram -> {
            lastReceived = recorder.clock().now();
            Wire.Envelope envelope = wire.decode(datagram);
            if (envelope != null) {
                processes.get(k).receive(envelope.from(), envelope.packet());
            }
        });
        if (group != null) {
            group.open(k, datagram -> {
                lastReceived = recorder.clock().now();
                Wire.Envelope envelope = wire.decode(datagram);
                Integer from = envelope == null ? null : index.get(envelope.from());
                if (from != null && !over) {
                    network.send(from, k, new Arriving(envelope.packet()), trace(envelope.packet()));
                }
            });
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
        Integer k = index.get(to);
        if (k == null) {
            throw new IllegalArgumentException("send to " + to + ", which is not in the group " + ids);
        }
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

    private com.fasterxml.jackson.databind.JsonNode trace(Packet packet) {
        return tracePackets ? Simulation.describe(packet) : null;
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

    // What the nemesis does to the processes.

    @Override
    public void crash(String node) {
        stop(index.get(NodeId.of(node)));
    }

    /** A node's handler threw: its process crashes, with the reason. */
    void failed(SocketProcess p, Throwable t) {
        String reason = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
                + (t.getStackTrace().length > 0 ? " at " + t.getStackTrace()[0] : "");
        recorder.crash(p.id.name(), reason);
        stop(p.index);
    }

    /**
     * The process stops, its sockets close; the perfect failure detector tells the others after the
     * simulator's delay, unless it is back by then.
     */
    private synchronized void stop(int k) {
        processes.get(k).crash();
        transport.close(k);
        if (group != null) {
            group.close(k);
        }
        int incarnation = incarnations[k];
        try {
            detector.schedule(() -> suspect(k, incarnation), Simulation.DETECTION_DELAY, TimeUnit.MICROSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException runOver) {
            // The run is over: nobody is left to suspect it.
        }
    }

    private synchronized void suspect(int k, int incarnation) {
        if (incarnations[k] == incarnation && processes.get(k).crashed()) {
            for (int q = 0; q < ids.size(); q++) {
                if (!processes.get(q).crashed()) {
                    processes.get(q).suspect(ids.get(k));
                }
            }
        }
    }

    @Override
    public synchronized void recover(String node) {
        int k = index.get(NodeId.of(node));
        incarnations[k]++;
        SocketProcess fresh = new SocketProcess(this, k, ids.get(k), nodes.get(), scenario.seed(), incarnations[k],
                storages.get(k));
        processes.set(k, fresh);
        try {
            openEndpoints(k);
        } catch (IOException e) {
            recorder.log(node, "cannot reopen its socket after the restart: " + e.getMessage());
        }
        fresh.start();
    }

    @Override
    public void pause(String node) {
        process(node).pause();
    }

    @Override
    public void resume(String node) {
        process(node).resume();
    }

    // For the processes.

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

    private SocketProcess process(String name) {
        Integer k = index.get(NodeId.of(name));
        if (k == null) {
            throw new IllegalArgumentException("the scenario names node " + name + ", which is not in the group");
        }
        return processes.get(k);
    }
}
