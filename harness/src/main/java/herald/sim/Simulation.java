package herald.sim;

import herald.history.NodeId;
import herald.history.Recorder;
import herald.nemesis.Fault;
import herald.nemesis.FaultInjector;
import herald.nemesis.ScheduledFault;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.runtime.ContextChecks;
import herald.runtime.PacketTrace;
import herald.runtime.RunStats;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs one {@link Scenario} in virtual time and records its history.
 *
 * <p>The run: every node is initialised at time 0; the planned broadcasts and the schedule's
 * faults happen at their times; packets and timers interleave as their times say. After the last
 * fault stops and the quiet period passes, the run records {@code end} and stops, whatever is
 * still queued.
 */
public final class Simulation implements FaultInjector {

    private final Scenario scenario;
    private final Recorder recorder;
    private final boolean tracePackets;
    private final EventQueue queue = new EventQueue();
    private final SimNetwork network;
    private final List<SimProcess> processes = new ArrayList<>();
    private final List<NodeId> nodeIds;
    private final Map<NodeId, Integer> index = new HashMap<>();
    private final Map<String, Integer> indexByName = new HashMap<>();
    private final Map<Long, TimerFire> pendingTimers = new HashMap<>();
    private final SimInjector injector;
    private final Map<String, Integer> broadcastsBy = new HashMap<>();
    private long now;
    private long nextTimer;
    private long nextPacket;
    private long packetsSent;
    private long packetsDropped;
    private long packetsArrived;
    private long steps;
    private long duplicatesDelivered;
    private long overtaken;
    /** The highest packet id handed over on each link so far, -1 for none. */
    private final long[][] latestOnLink;

    /**
     * @param scenario what to run
     * @param nodes makes one node per process, and a fresh one for each restart after a crash
     * @param recorder where the history goes; its header must list the scenario's nodes
     * @param tracePackets whether to record {@code send}, {@code recv} and {@code drop} events
     */
    public Simulation(Scenario scenario, Supplier<? extends Node> nodes, Recorder recorder, boolean tracePackets) {
        this.scenario = scenario;
        this.recorder = recorder;
        this.tracePackets = tracePackets;
        this.network = new SimNetwork(scenario.seed(), scenario.network(), scenario.schedule().network(),
                scenario.nodes());
        List<NodeId> ids = new ArrayList<>();
        for (String name : scenario.nodes()) {
            NodeId id = new NodeId(name);
            index.put(id, ids.size());
            indexByName.put(name, ids.size());
            ids.add(id);
        }
        this.nodeIds = List.copyOf(ids);
        this.latestOnLink = new long[ids.size()][ids.size()];
        for (long[] row : latestOnLink) {
            Arrays.fill(row, -1);
        }
        for (int k = 0; k < ids.size(); k++) {
            processes.add(new SimProcess(this, k, ids.get(k), nodes.get(), scenario.seed()));
        }
        this.injector = new SimInjector(this, network, nodes);
    }

    /** Runs the scenario to its end and returns what happened; the history is in the recorder. */
    public RunStats run() {
        for (SimProcess p : processes) {
            steps++;
            p.init();
        }
        // Faults first: a fault that starts when a broadcast is asked for is already there for it.
        for (ScheduledFault f : scenario.schedule().faults()) {
            at(f.start(), () -> start(f.fault()));
            at(f.stop(), () -> stop(f.fault()));
        }
        for (PlannedBroadcast b : scenario.broadcasts()) {
            at(b.at(), () -> broadcast(b));
        }
        long end = scenario.endsAt();
        while (!queue.isEmpty() && queue.peekTime() <= end) {
            Scheduled next = queue.poll();
            now = next.time;
            next.fire();
        }
        now = end;
        recorder.end(end, scenario.schedule().isEmpty() ? null : scenario.healedAt());
        return new RunStats(packetsSent, packetsDropped, packetsArrived, steps, end, duplicatesDelivered, overtaken);
    }

    long now() {
        return now;
    }

    List<NodeId> nodeIds() {
        return nodeIds;
    }

    void at(long time, Runnable action) {
        queue.add(new Action(action), time);
    }

    private void broadcast(PlannedBroadcast planned) {
        SimProcess p = process(planned.node());
        step(p, () -> {
            int k = broadcastsBy.merge(planned.node(), 1, Integer::sum);
            Message message = new Message(planned.node() + "-" + k, p.id, planned.data());
            recorder.broadcast(now, planned.node(), message.id(), message.data());
            p.broadcast(message);
        });
    }

    private int indexOf(String name) {
        Integer k = indexByName.get(name);
        if (k == null) {
            throw new IllegalArgumentException("the scenario names node " + name + ", which is not in the group");
        }
        return k;
    }

    // The network.

    void send(SimProcess from, NodeId toId, Packet packet) {
        int to = ContextChecks.destination(toId, index.get(toId), nodeIds);
        packetsSent++;
        long id = nextPacket++;
        if (tracePackets) {
            recorder.send(now, from.id.name(), toId.name(), id, PacketTrace.describe(packet));
        }
        long arrival = network.send(from.index, to, now);
        if (arrival == SimNetwork.DROPPED) {
            dropped(from.index, to, id, network.dropReason());
            return;
        }
        long copy = network.copyArrival();
        queue.add(new Arrival(from.index, to, packet, id, false), arrival);
        if (copy != SimNetwork.NO_COPY) {
            queue.add(new Arrival(from.index, to, packet, id, true), copy);
        }
    }

    /**
     * A packet reaches its receiver: lost if the receiver is down or a cut was made since it
     * left; kept for later if the receiver is paused; otherwise handed to the node.
     */
    private void arrive(Arrival a) {
        SimProcess to = processes.get(a.to);
        if (to.crashed) {
            dropped(a.from, a.to, a.id, "crashed");
            return;
        }
        if (!a.arrived && network.cutOnArrival(a.from, a.to)) {
            dropped(a.from, a.to, a.id, "partition");
            return;
        }
        if (to.paused()) {
            a.arrived = true;
            to.hold(a);
            return;
        }
        packetsArrived++;
        if (a.copy) {
            duplicatesDelivered++;
        } else if (a.id < latestOnLink[a.from][a.to]) {
            overtaken++;
        } else {
            latestOnLink[a.from][a.to] = a.id;
        }
        if (tracePackets) {
            recorder.recv(now, to.id.name(), nodeIds.get(a.from).name(), a.id);
        }
        steps++;
        to.receive(nodeIds.get(a.from), a.packet);
    }

    private void dropped(int from, int to, long id, String reason) {
        packetsDropped++;
        if (tracePackets) {
            recorder.drop(now, nodeIds.get(from).name(), nodeIds.get(to).name(), id, reason);
        }
    }

    // Deliveries, timers, logs.

    void deliver(SimProcess p, Message m) {
        recorder.deliver(now, p.id.name(), m.id(), m.origin().name(), m.data());
    }

    long setTimer(SimProcess p, long delay, Object tag) {
        long handle = nextTimer++;
        TimerFire fire = new TimerFire(p, handle, tag, p.incarnation);
        pendingTimers.put(handle, fire);
        queue.add(fire, now + delay);
        return handle;
    }

    void cancelTimer(long handle) {
        TimerFire fire = pendingTimers.remove(handle);
        if (fire != null) {
            fire.cancelled = true;
        }
    }

    private void fire(TimerFire t) {
        pendingTimers.remove(t.handle);
        if (t.cancelled || t.process.crashed || t.incarnation != t.process.incarnation) {
            return;
        }
        if (t.process.paused()) {
            t.process.hold(t);
            return;
        }
        steps++;
        t.process.timer(t.tag);
    }

    void log(SimProcess p, String text) {
        recorder.log(now, p.id.name(), text);
    }

    // Faults: applied by the injector, which changes the network and the processes.

    @Override
    public void start(Fault fault) {
        injector.start(fault);
    }

    @Override
    public void stop(Fault fault) {
        injector.stop(fault);
    }

    /** Stops a process: by the nemesis (reason null) or because its own code failed. */
    void crash(SimProcess p, String reason) {
        injector.crash(p, reason);
    }

    /** Something that fell due at a process that crashed before it could happen: a packet is lost. */
    void lost(Scheduled item) {
        if (item instanceof Arrival a) {
            dropped(a.from, a.to, a.id, "crashed");
        }
    }

    /** Runs {@code step} on {@code p} now, or when it resumes if it is paused; never if it is down. */
    void step(SimProcess p, Runnable step) {
        if (p.crashed) {
            return;
        }
        if (p.paused()) {
            p.hold(new Action(() -> step(p, step)));
            return;
        }
        steps++;
        step.run();
    }

    Recorder recorder() {
        return recorder;
    }

    SimProcess process(String name) {
        return processes.get(indexOf(name));
    }

    List<SimProcess> processes() {
        return processes;
    }

    // What the queue holds.

    private static final class Action extends Scheduled {
        private final Runnable action;

        Action(Runnable action) {
            this.action = action;
        }

        @Override
        void fire() {
            action.run();
        }
    }

    private final class Arrival extends Scheduled {
        final int from;
        final int to;
        final Packet packet;
        final long id;
        /** The network's copy of a duplicated packet. */
        final boolean copy;
        /** It reached a paused receiver and waits there: no cut can stop it any more. */
        boolean arrived;

        Arrival(int from, int to, Packet packet, long id, boolean copy) {
            this.from = from;
            this.to = to;
            this.packet = packet;
            this.id = id;
            this.copy = copy;
        }

        @Override
        void fire() {
            arrive(this);
        }
    }

    private final class TimerFire extends Scheduled {
        final SimProcess process;
        final long handle;
        final Object tag;
        final int incarnation;
        boolean cancelled;

        TimerFire(SimProcess process, long handle, Object tag, int incarnation) {
            this.process = process;
            this.handle = handle;
            this.tag = tag;
            this.incarnation = incarnation;
        }

        @Override
        void fire() {
            Simulation.this.fire(this);
        }
    }
}
