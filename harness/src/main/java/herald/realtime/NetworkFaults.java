package herald.realtime;

import herald.nemesis.Fault;
import java.util.List;

/**
 * Whatever applies the network's faults in a real-time run: Herald's own fault layer
 * ({@link RealTimeNetwork}), firewall rules in the kernel, or proxies. Like the simulator's
 * network, it is told the whole set of faults active now at every change, and makes the network
 * match it, so overlapping faults combine and a stop undoes exactly its fault.
 */
@FunctionalInterface
public interface NetworkFaults {

    /** Makes the network do what the faults {@code active} now say (partitions, loss, delays, …). */
    void reconfigure(List<Fault> active);
}
