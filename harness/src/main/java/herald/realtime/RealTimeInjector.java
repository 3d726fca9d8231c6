package herald.realtime;

import herald.nemesis.Crash;
import herald.nemesis.Fault;
import herald.nemesis.FaultInjector;
import herald.nemesis.Pause;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies faults in a real-time run as the simulator's injector does, and keeps, in one place for
 * every real-time runtime, what the simulator keeps in its processes: who is down, whether a
 * restarting crash will bring it back, how many pauses hold it, and its incarnation.
 *
 * <p>Every start and stop is a {@code fault} event with its detail. A crash fault stops the
 * processes that are up ({@code crash} event) and, in the crash-recovery model, brings back at
 * its stop those it stopped ({@code recover} event); overlapping restarting crashes bring a process
 * back at the stop of the last, and a crash for good during one keeps it down. A process whose own code failed
 * ({@link #failed}) is down for good, as in the simulator: a later crash fault neither crashes it
 * again nor brings it back. Pauses are counted: a process held by two overlapping pauses resumes
 * at the stop of the second; a process that crashes and comes back inside a pause comes back
 * paused. Every other fault reconfigures the network: Herald's fault layer
 * ({@link RealTimeNetwork}) or another {@link NetworkFaults}.
 */
public final class RealTimeInjector implements FaultInjector {

    /** What the simulator's process knows of itself. */
    private static final class State {
        boolean down;
        /** Whether it comes back once no restarting crash holds it down (crash-recovery); false when down for good. */
        boolean restartable;
        /** How many restarting crash faults hold it down now. */
        int restarts;
        /** How many pause faults hold it now. */
        int pauses;
        /** Bumped at each crash, so that a suspicion of an earlier incarnation is never raised. */
        int incarnation;
    }

    private final SharedRecorder recorder;
    private final NetworkFaults network;
    private final ProcessControl processes;
    private final List<Fault> active = new ArrayList<>();
    private final Map<String, State> states = new LinkedHashMap<>();

    /**
     * @param nodes every node of the run
     * @param processes what acts on the processes
     */
    public RealTimeInjector(SharedRecorder recorder, NetworkFaults network, ProcessControl processes,
            List<String> nodes) {
        this.recorder = recorder;
        this.network = network;
        this.processes = processes;
        nodes.forEach(node -> states.put(node, new State()));
    }

    @Override
    public synchronized void start(Fault fault) {
        recorder.fault("start", fault.name(), fault.detail());
        active.add(fault);
        if (fault instanceof Crash crash) {
            for (String node : crash.nodes()) {
                State s = state(node);
                s.restarts += crash.recover() ? 1 : 0;
                if (!s.down) {
                    // Stopped before the event is recorded, so that no step it takes lands after it.
                    down(s);
                    processes.crash(node);
                    recorder.crash(node, null);
                    s.restartable = crash.recover();
                } else if (!crash.recover()) {
                    s.restartable = false;
                }
            }
        } else if (fault instanceof Pause pause) {
            for (String node : pause.nodes()) {
                State s = state(node);
                if (++s.pauses == 1 && !s.down) {
                    processes.pause(node);
                }
            }
        } else {
            network.reconfigure(active);
        }
    }

    @Override
    public synchronized void stop(Fault fault) {
        active.remove(fault);
        recorder.fault("stop", fault.name(), fault.detail());
        if (fault instanceof Crash crash) {
            for (String node : crash.recover() ? crash.nodes() : List.<String>of()) {
                State s = state(node);
                if (--s.restarts == 0 && s.down && s.restartable) {
                    s.down = false;
                    s.restartable = false;
                    recorder.recover(node);
                    processes.recover(node, s.pauses > 0);
                }
            }
        } else if (fault instanceof Pause pause) {
            for (String node : pause.nodes()) {
                State s = state(node);
                if (--s.pauses == 0 && !s.down) {
                    processes.resume(node);
                }
            }
        } else {
            network.reconfigure(active);
        }
    }

    /**
     * The process's own code failed (a handler threw, the program exited): it crashes with
     * {@code reason} and stays down. Returns false when it was down already, and then records
     * nothing; when true, the runtime stops the process itself.
     */
    public synchronized boolean failed(String node, String reason) {
        State s = state(node);
        if (s.down) {
            return false;
        }
        down(s);
        recorder.crash(node, reason);
        return true;
    }

    private static void down(State s) {
        s.down = true;
        s.restartable = false;
        s.incarnation++;
    }

    /** Whether {@code node} is down: crashed, and not brought back. */
    public synchronized boolean down(String node) {
        return state(node).down;
    }

    /** How many times {@code node} has crashed so far. */
    public synchronized int incarnation(String node) {
        return state(node).incarnation;
    }

    private State state(String node) {
        State s = states.get(node);
        if (s == null) {
            throw new IllegalArgumentException("the schedule names node " + node + ", which is not in the group "
                    + states.keySet());
        }
        return s;
    }
}
