package herald.sockets;

import herald.history.NodeId;
import herald.node.Message;
import herald.node.Node;
import herald.node.StableMemory;
import herald.node.StableStorage;
import herald.realtime.FailureDetector;
import herald.realtime.FirstFailure;
import herald.realtime.NetworkFaults;
import herald.realtime.ProcessControl;
import herald.realtime.RealTimeInjector;
import herald.realtime.SharedRecorder;
import herald.runtime.Crashes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * The processes of a sockets run, and what the nemesis does to them ({@link ProcessControl}):
 * crash one (its thread stops, its sockets close, the failure detector tells the others), bring
 * it back as a fresh node with its stable storage and new sockets, pause and resume it. Who is
 * down and who is paused is the {@link RealTimeInjector}'s to decide; this only acts.
 *
 * <p>Sockets are opened and closed on a thread of their own, in the order asked: opening a node's
 * socket again can take a while (the kernel's fault layer starts a program in the node's network
 * namespace for it), and the nemesis must not wait for it before its next fault.
 */
final class SocketProcesses implements ProcessControl {

    private final SocketRuntime runtime;
    private final List<NodeId> ids;
    private final Supplier<? extends Node> nodes;
    private final long seed;
    private final AtomicReferenceArray<SocketProcess> processes;
    private final List<StableStorage> storages = new ArrayList<>();
    private final int[] incarnations;
    private final ExecutorService sockets = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "herald-sockets");
        t.setDaemon(true);
        return t;
    });
    private final RealTimeInjector states;
    private final FailureDetector detector;
    private final FirstFailure failures;

    /**
     * @param runtime what the processes send through, and what opens and closes their sockets
     * @param nodes makes one node per process, and a fresh one for each restart
     * @param faults where the network's faults go
     */
    SocketProcesses(SocketRuntime runtime, List<NodeId> ids, Supplier<? extends Node> nodes, long seed,
            SharedRecorder recorder, NetworkFaults faults, FirstFailure failures) {
        this.runtime = runtime;
        this.ids = List.copyOf(ids);
        this.nodes = nodes;
        this.seed = seed;
        this.failures = failures;
        this.processes = new AtomicReferenceArray<>(ids.size());
        this.incarnations = new int[ids.size()];
        for (int k = 0; k < ids.size(); k++) {
            storages.add(new StableMemory());
        }
        this.states = new RealTimeInjector(recorder, faults, this, ids.stream().map(NodeId::name).toList());
        this.detector = new FailureDetector(states, this::suspect, failures);
    }

    /** What applies the schedule to the network and to these processes, and knows who is down. */
    RealTimeInjector injector() {
        return states;
    }

    /** Makes every first incarnation and opens its sockets; none takes a step before {@link #start}. */
    void open() throws IOException {
        for (int k = 0; k < ids.size(); k++) {
            processes.set(k, fresh(k, false));
            runtime.openEndpoints(k);
        }
    }

    void start() {
        for (int k = 0; k < ids.size(); k++) {
            processes.get(k).start();
        }
    }

    private SocketProcess fresh(int k, boolean paused) {
        return new SocketProcess(runtime, k, ids.get(k), nodes.get(), seed, incarnations[k], storages.get(k), paused);
    }

    /** Node {@code k}'s process now, or null before the run starts. */
    SocketProcess get(int k) {
        return processes.get(k);
    }

    void broadcast(String node, Message message) {
        processes.get(indexOf(node)).broadcast(message);
    }

    // What the nemesis does.

    @Override
    public void crash(String node) {
        stop(indexOf(node));
    }

    /**
     * A node's handler threw: its process crashes, with the reason, unless it is down already or
     * is an earlier incarnation finishing its last step.
     */
    void failed(SocketProcess p, Throwable t) {
        if (!p.crashed() && processes.get(p.index) == p && states.failed(p.id.name(), Crashes.reason(t))) {
            stop(p.index);
        }
    }

    /** The process stops, its sockets close; the failure detector tells the others in a while. */
    private void stop(int k) {
        processes.get(k).crash();
        onSocketThread(() -> runtime.closeEndpoints(k));
        detector.crashed(ids.get(k).name());
    }

    @Override
    public void recover(String node, boolean paused) {
        int k = indexOf(node);
        incarnations[k]++;
        SocketProcess next = fresh(k, paused);
        processes.set(k, next);
        onSocketThread(() -> {
            try {
                runtime.openEndpoints(k);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            next.start();
        });
    }

    private void onSocketThread(Runnable task) {
        try {
            sockets.execute(failures.guard("the sockets runtime could not open or close a node's socket", task));
        } catch (RejectedExecutionException runOver) {
            // The run is over: every socket is closed at its end.
        }
    }

    @Override
    public void pause(String node) {
        processes.get(indexOf(node)).pause();
    }

    @Override
    public void resume(String node) {
        processes.get(indexOf(node)).resume();
    }

    /** Tells every live node that {@code crashed} crashed. */
    void suspect(String crashed) {
        NodeId id = NodeId.of(crashed);
        for (int q = 0; q < ids.size(); q++) {
            if (!states.down(ids.get(q).name())) {
                processes.get(q).suspect(id);
            }
        }
    }

    /** Stops every process, the failure detector and the socket thread, waiting a little for what is under way. */
    void stopAll() {
        detector.close();
        sockets.shutdownNow();
        for (int k = 0; k < ids.size(); k++) {
            SocketProcess p = processes.get(k);
            if (p != null) {
                p.awaitStopped();
            }
        }
        try {
            sockets.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int indexOf(String node) {
        int k = ids.indexOf(NodeId.of(node));
        if (k < 0) {
            throw new IllegalArgumentException("the scenario names node " + node + ", which is not in the group");
        }
        return k;
    }
}
