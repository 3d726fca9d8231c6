package herald.process;

/**
 * How a run of programs treats them, in microseconds where a time.
 *
 * @param initTimeout how long a node may take to answer {@code init} (Maelstrom: 10 s)
 * @param requestTimeout how long a client waits for an answer (Maelstrom: 5 s)
 * @param finalReadTimeout how long the final reads may take
 * @param limits what a process may write
 * @param tracePackets whether to record every message between nodes
 * @param deliveries where deliveries come from
 * @param topology the Maelstrom topology the nodes are told
 */
public record ProcessSettings(long initTimeout, long requestTimeout, long finalReadTimeout, NodeProcess.Limits limits,
        boolean tracePackets, DeliverySource deliveries, String topology) {

    public static final ProcessSettings DEFAULT = new ProcessSettings(10_000_000, 5_000_000, 3_000_000,
            NodeProcess.Limits.DEFAULT, false, DeliverySource.READS, "grid");

    public ProcessSettings withDeliveries(DeliverySource source) {
        return new ProcessSettings(initTimeout, requestTimeout, finalReadTimeout, limits, tracePackets, source,
                topology);
    }

    public ProcessSettings withInitTimeout(long micros) {
        return new ProcessSettings(micros, requestTimeout, finalReadTimeout, limits, tracePackets, deliveries,
                topology);
    }

    public ProcessSettings withTopology(String name) {
        return new ProcessSettings(initTimeout, requestTimeout, finalReadTimeout, limits, tracePackets, deliveries,
                name);
    }

    public ProcessSettings withLimits(NodeProcess.Limits other) {
        return new ProcessSettings(initTimeout, requestTimeout, finalReadTimeout, other, tracePackets, deliveries,
                topology);
    }

    public ProcessSettings withTracePackets(boolean trace) {
        return new ProcessSettings(initTimeout, requestTimeout, finalReadTimeout, limits, trace, deliveries, topology);
    }
}
