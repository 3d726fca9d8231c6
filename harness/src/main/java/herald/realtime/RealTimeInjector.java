package herald.realtime;

import herald.nemesis.Crash;
import herald.nemesis.Fault;
import herald.nemesis.FaultInjector;
import herald.nemesis.Pause;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies faults in a real-time run as the simulator does: every start and stop is a {@code fault}
 * event with its detail; crashes, recoveries and pauses act on the processes (and crashes and
 * recoveries are {@code crash} and {@code recover} events); every other fault reconfigures the
 * network: Herald's fault layer ({@link RealTimeNetwork}) or another {@link NetworkFaults}.
 */
public final class RealTimeInjector implements FaultInjector {

    private final SharedRecorder recorder;
    private final NetworkFaults network;
    private final ProcessControl processes;
    private final List<Fault> active = new ArrayList<>();
    private final Set<String> down = new HashSet<>();

    public RealTimeInjector(SharedRecorder recorder, NetworkFaults network, ProcessControl processes) {
        this.recorder = recorder;
        this.network = network;
        this.processes = processes;
    }

    @Override
    public synchronized void start(Fault fault) {
        recorder.fault("start", fault.name(), fault.detail());
        active.add(fault);
        if (fault instanceof Crash crash) {
            for (String node : crash.nodes()) {
                if (down.add(node)) {
                    processes.crash(node);
                    recorder.crash(node, null);
                }
            }
        } else if (fault instanceof Pause pause) {
            pause.nodes().forEach(processes::pause);
        } else {
            network.reconfigure(active);
        }
    }

    @Override
    public synchronized void stop(Fault fault) {
        active.remove(fault);
        recorder.fault("stop", fault.name(), fault.detail());
        if (fault instanceof Crash crash) {
            if (crash.recover()) {
                for (String node : crash.nodes()) {
                    if (down.remove(node)) {
                        recorder.recover(node);
                        processes.recover(node);
                    }
                }
            }
        } else if (fault instanceof Pause pause) {
            pause.nodes().forEach(processes::resume);
        } else {
            network.reconfigure(active);
        }
    }

    /** Whether the nemesis has crashed {@code node} and not brought it back. */
    public synchronized boolean down(String node) {
        return down.contains(node);
    }
}
