package herald.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import herald.nemesis.Fault;
import herald.sim.SimNetwork;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A network in wall-clock time: each packet's fate (lost, delayed, duplicated, cut by a
 * partition) is decided by the simulator's {@link SimNetwork} at the moment it is sent, then the
 * packet is held for its latency on one timer thread and handed to the {@link Endpoint}.
 *
 * <p>Packets due at the same moment arrive in the order they were sent, and on an ordered network
 * a link's packets never overtake each other, as in the simulator. A packet whose destination
 * refuses it on arrival (a crashed process) is dropped with reason {@code crashed}.
 */
public final class RealTimeNetwork implements NetworkFaults, AutoCloseable {

    /** Where packets arrive: a node's inbox, a process's stdin, a socket. */
    @FunctionalInterface
    public interface Endpoint {
        /**
         * Takes a packet that arrived; false when the destination cannot take it (it crashed).
         * Called on the network's timer thread: hand the packet over and return quickly.
         */
        boolean arrive(int from, int to, Object payload, long packet);
    }

    private final SimNetwork fates;
    private final List<String> names;
    private final SharedRecorder recorder;
    private final boolean tracePackets;
    private final Endpoint endpoint;
    private final ScheduledThreadPoolExecutor timer;
    private long nextPacket;
    private long sent;
    private long dropped;

    /**
     * @param fates the packet-fate model (seed, latency, network semantics)
     * @param names the nodes, in the order their indices refer to
     * @param recorder where drops and, when traced, sends and receipts are recorded
     * @param tracePackets whether to record {@code send} and {@code recv} events
     * @param endpoint where packets arrive
     */
    public RealTimeNetwork(SimNetwork fates, List<String> names, SharedRecorder recorder, boolean tracePackets,
            Endpoint endpoint) {
        this.fates = fates;
        this.names = List.copyOf(names);
        this.recorder = recorder;
        this.tracePackets = tracePackets;
        this.endpoint = endpoint;
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "herald-network");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /**
     * Sends {@code payload} from node {@code from} to node {@code to}; {@code traceData} is what a
     * traced {@code send} event shows of it (may be null).
     *
     * @return the packet's id
     */
    public long send(int from, int to, Object payload, JsonNode traceData) {
        long id;
        long now;
        long arrival;
        long copy;
        String reason;
        synchronized (this) {
            id = nextPacket++;
            sent++;
            now = recorder.clock().now();
            arrival = fates.send(from, to, now);
            copy = fates.copyArrival();
            reason = fates.dropReason();
        }
        if (tracePackets) {
            recorder.send(names.get(from), names.get(to), id, traceData);
        }
        if (arrival == SimNetwork.DROPPED) {
            dropped(from, to, id, reason);
            return id;
        }
        after(arrival - now, () -> arrive(from, to, payload, id));
        if (copy != SimNetwork.NO_COPY) {
            after(copy - now, () -> arrive(from, to, payload, id));
        }
        return id;
    }

    private void after(long micros, Runnable task) {
        if (!timer.isShutdown()) {
            timer.schedule(task, Math.max(0, micros), TimeUnit.MICROSECONDS);
        }
    }

    private void arrive(int from, int to, Object payload, long id) {
        boolean cut;
        synchronized (this) {
            cut = fates.cutOnArrival(from, to);
        }
        if (cut) {
            dropped(from, to, id, "partition");
        } else if (!endpoint.arrive(from, to, payload, id)) {
            dropped(from, to, id, "crashed");
        } else if (tracePackets) {
            recorder.recv(names.get(to), names.get(from), id);
        }
    }

    private void dropped(int from, int to, long id, String reason) {
        synchronized (this) {
            dropped++;
        }
        if (tracePackets) {
            recorder.drop(names.get(from), names.get(to), id, reason);
        }
    }

    /** Recomputes what the network does to packets from the faults active now. */
    @Override
    public synchronized void reconfigure(List<Fault> active) {
        fates.reconfigure(active);
    }

    /** Packets sent so far. */
    public synchronized long sent() {
        return sent;
    }

    /** Packets lost so far (partition, loss, crashed destination). */
    public synchronized long dropped() {
        return dropped;
    }

    /**
     * Stops delivering: packets still in flight are abandoned. Returns once a packet being handed
     * over has been (for at most a second), so that nothing arrives after the run's end.
     */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
