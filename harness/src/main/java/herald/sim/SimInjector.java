package herald.sim;

import herald.nemesis.Crash;
import herald.nemesis.Fault;
import herald.nemesis.FaultInjector;
import herald.nemesis.Pause;
import herald.node.Node;
import herald.runtime.Crashes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * How the simulator applies faults: partitions, loss, duplication, reordering and delay spikes
 * reconfigure the {@link SimNetwork}; crashes, restarts and pauses act on the processes. Every
 * start and stop is recorded as a {@code fault} event with the fault's detail, and every crash and
 * recovery as a {@code crash} or {@code recover} event.
 *
 * <p>Crashes overlap as pauses do: a process that restarting crashes hold down comes back at the
 * stop of the last of them, and a crash for good (or its own failure) keeps it down whatever
 * restarts were under way.
 */
final class SimInjector implements FaultInjector {

    private final Simulation simulation;
    private final SimNetwork network;
    private final Supplier<? extends Node> factory;
    private final List<Fault> active = new ArrayList<>();

    SimInjector(Simulation simulation, SimNetwork network, Supplier<? extends Node> factory) {
        this.simulation = simulation;
        this.network = network;
        this.factory = factory;
    }

    @Override
    public void start(Fault fault) {
        simulation.recorder().fault(simulation.now(), "start", fault.name(), fault.detail());
        active.add(fault);
        if (fault instanceof Crash crash) {
            for (String name : crash.nodes()) {
                SimProcess p = simulation.process(name);
                p.restarts += crash.recover() ? 1 : 0;
                if (!p.crashed) {
                    crash(p, null);
                    p.restartable = crash.recover();
                } else if (!crash.recover()) {
                    p.restartable = false;
                }
            }
        } else if (fault instanceof Pause pause) {
            for (String name : pause.nodes()) {
                simulation.process(name).pauses++;
            }
        } else {
            network.reconfigure(active);
        }
    }

    @Override
    public void stop(Fault fault) {
        active.remove(fault);
        simulation.recorder().fault(simulation.now(), "stop", fault.name(), fault.detail());
        if (fault instanceof Crash crash) {
            for (String name : crash.recover() ? crash.nodes() : List.<String>of()) {
                SimProcess p = simulation.process(name);
                if (--p.restarts == 0) {
                    restart(p);
                }
            }
        } else if (fault instanceof Pause pause) {
            for (String name : pause.nodes()) {
                resume(simulation.process(name));
            }
        } else {
            network.reconfigure(active);
        }
    }

    /**
     * Stops a process: it takes no more steps, its timers die with it, and what waited for it
     * while it was paused is lost. The perfect failure detector tells the others after a delay,
     * unless it is back by then.
     */
    void crash(SimProcess p, String reason) {
        p.crashed = true;
        p.restartable = false;
        p.incarnation++;
        int incarnation = p.incarnation;
        simulation.recorder().crash(simulation.now(), p.id.name(), reason);
        p.release().forEach(simulation::lost);
        simulation.at(simulation.now() + Crashes.DETECTION_DELAY, () -> {
            if (p.crashed && p.incarnation == incarnation) {
                for (SimProcess other : simulation.processes()) {
                    simulation.step(other, () -> other.suspect(p.id));
                }
            }
        });
    }

    /** Brings back a process that a restarting crash stopped, as a fresh node with its stable storage. */
    private void restart(SimProcess p) {
        if (p.crashed && p.restartable) {
            simulation.recorder().recover(simulation.now(), p.id.name());
            p.restart(factory.get());
            simulation.step(p, p::init);
        }
    }

    /**
     * One pause fewer; at none, what fell due meanwhile happens now, in order, before anything
     * else, so that on an ordered network nothing overtakes what waited.
     */
    private void resume(SimProcess p) {
        p.pauses--;
        if (!p.paused()) {
            for (Scheduled due : p.release()) {
                due.fire();
            }
        }
    }
}
