package herald.realtime;

import com.fasterxml.jackson.databind.JsonNode;
import herald.nemesis.Fault;
import herald.sim.SimNetwork;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A network in wall-clock time: each packet's fate (lost, delayed, duplicated, cut by a
 * partition) is decided by the simulator's {@link SimNetwork} at the moment it is sent, then the
 * packet is held until its arrival time and handed to the {@link Endpoint} by the network's one
 * courier thread.
 *
 * <p>Packets are handed over in the order of their arrival times and, at equal times, of their
 * ids (the order they were sent in), as the simulator's event queue does: on an ordered network a
 * link's packets arrive exactly in the order {@link SimNetwork} decided, never overtaking each
 * other, however long recording them took. A packet whose destination refuses it on arrival (a
 * crashed process) is dropped with reason {@code crashed}.
 */
public final class RealTimeNetwork implements NetworkFaults, AutoCloseable {

    /** Where packets arrive: a node's inbox, a process's stdin, a socket. */
    @FunctionalInterface
    public interface Endpoint {
        /**
         * Takes a packet that arrived; false when the destination cannot take it (it crashed).
         * Called on the network's courier thread: hand the packet over and return quickly.
         */
        boolean arrive(int from, int to, Object payload, long packet);
    }

    /** A packet on its way; {@code order} keeps a duplicate's copy after its original. */
    private record Transit(long arrival, long id, long order, int from, int to, Object payload) {
    }

    private static final Comparator<Transit> DUE = Comparator.comparingLong(Transit::arrival)
            .thenComparingLong(Transit::id).thenComparingLong(Transit::order);

    private final SimNetwork fates;
    private final List<String> names;
    private final SharedRecorder recorder;
    private final boolean tracePackets;
    private final Endpoint endpoint;
    private final FirstFailure failures;
    /** Guards the fate model, the packets in flight and the counts. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a packet is queued or the network closes; the courier waits on it to the microsecond. */
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Transit> inFlight = new PriorityQueue<>(DUE);
    private final Thread courier;
    private boolean closed;
    private long nextPacket;
    private long queued;
    private long sent;
    private long dropped;
    private volatile long lastArrival;

    /**
     * @param fates the packet-fate model (seed, latency, network semantics)
     * @param names the nodes, in the order their indices refer to
     * @param recorder where drops and, when traced, sends and receipts are recorded
     * @param tracePackets whether to record {@code send} and {@code recv} events
     * @param endpoint where packets arrive
     * @param failures where a failure to hand a packet over goes
     */
    public RealTimeNetwork(SimNetwork fates, List<String> names, SharedRecorder recorder, boolean tracePackets,
            Endpoint endpoint, FirstFailure failures) {
        this.fates = fates;
        this.names = List.copyOf(names);
        this.recorder = recorder;
        this.tracePackets = tracePackets;
        this.endpoint = endpoint;
        this.failures = failures;
        this.courier = new Thread(this::deliver, "herald-network");
        this.courier.setDaemon(true);
        this.courier.start();
    }

    /**
     * Sends {@code payload} from node {@code from} to node {@code to}; {@code traceData} is what a
     * traced {@code send} event shows of it (may be null). Once the network is closed, nothing is sent.
     *
     * @return the packet's id
     */
    public long send(int from, int to, Object payload, JsonNode traceData) {
        long id;
        long arrival;
        String reason;
        lock.lock();
        try {
            if (closed) {
                return -1;
            }
            id = nextPacket++;
            sent++;
            arrival = fates.send(from, to, recorder.clock().now());
            long copy = fates.copyArrival();
            reason = fates.dropReason();
            // Recorded before the packet can arrive, so that its send always comes before its recv.
            if (tracePackets) {
                recorder.send(names.get(from), names.get(to), id, traceData);
            }
            if (arrival != SimNetwork.DROPPED) {
                inFlight.add(new Transit(arrival, id, queued++, from, to, payload));
                if (copy != SimNetwork.NO_COPY) {
                    inFlight.add(new Transit(copy, id, queued++, from, to, payload));
                }
                changed.signal();
            }
        } finally {
            lock.unlock();
        }
        if (arrival == SimNetwork.DROPPED) {
            dropped(from, to, id, reason);
        }
        return id;
    }

    /** The courier: hands each packet over when it is due, in order. */
    private void deliver() {
        while (true) {
            Transit next;
            boolean cut;
            lock.lock();
            try {
                while (!closed && (inFlight.isEmpty() || inFlight.peek().arrival() > recorder.clock().now())) {
                    if (inFlight.isEmpty()) {
                        changed.await();
                    } else {
                        changed.awaitNanos(TimeUnit.MICROSECONDS.toNanos(inFlight.peek().arrival()
                                - recorder.clock().now()));
                    }
                }
                if (closed) {
                    return;
                }
                next = inFlight.poll();
                cut = fates.cutOnArrival(next.from(), next.to());
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            try {
                arrive(next, cut);
            } catch (RuntimeException | Error e) {
                failures.report("the network could not hand packet " + next.id() + " from " + names.get(next.from())
                        + " to " + names.get(next.to()), e);
            }
        }
    }

    private void arrive(Transit t, boolean cut) {
        if (cut) {
            dropped(t.from(), t.to(), t.id(), "partition");
        } else if (!endpoint.arrive(t.from(), t.to(), t.payload(), t.id())) {
            dropped(t.from(), t.to(), t.id(), "crashed");
        } else {
            lastArrival = recorder.clock().now();
            if (tracePackets) {
                recorder.recv(names.get(t.to()), names.get(t.from()), t.id());
            }
        }
    }

    private void dropped(int from, int to, long id, String reason) {
        lock.lock();
        try {
            dropped++;
        } finally {
            lock.unlock();
        }
        if (tracePackets) {
            recorder.drop(names.get(from), names.get(to), id, reason);
        }
    }

    /** Recomputes what the network does to packets from the faults active now. */
    @Override
    public void reconfigure(List<Fault> active) {
        lock.lock();
        try {
            fates.reconfigure(active);
        } finally {
            lock.unlock();
        }
    }

    /** Packets sent so far. */
    public long sent() {
        lock.lock();
        try {
            return sent;
        } finally {
            lock.unlock();
        }
    }

    /** Packets lost so far (partition, loss, crashed destination). */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** When a packet was last handed to its destination, on the run's clock; 0 before the first. */
    public long lastArrival() {
        return lastArrival;
    }

    /**
     * Stops delivering: packets still in flight are abandoned. Returns once a packet being handed
     * over has been (for at most a second), so that nothing arrives after the run's end.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            inFlight.clear();
            changed.signal();
        } finally {
            lock.unlock();
        }
        try {
            courier.join(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
