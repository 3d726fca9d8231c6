package herald.scenario;

/**
 * One broadcast the workload will ask for.
 *
 * @param at when, in microseconds since the run started
 * @param node the node asked to broadcast
 * @param data the payload
 */
public record PlannedBroadcast(long at, String node, String data) {
}
