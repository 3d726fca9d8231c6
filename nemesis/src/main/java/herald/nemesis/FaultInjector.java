package herald.nemesis;

/**
 * How a runtime applies faults: the simulator changes its in-memory network, a real runtime
 * changes proxies or firewall rules. The runtime calls these at each fault's start and stop.
 */
public interface FaultInjector {

    void start(Fault fault);

    void stop(Fault fault);
}
