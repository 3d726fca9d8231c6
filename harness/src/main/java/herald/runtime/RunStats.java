package herald.runtime;

/**
 * What a run did, for progress lines, benchmarks and the statistics of a search.
 *
 * @param packetsSent packets the nodes sent
 * @param packetsDropped packets the network lost (partition, loss, crashed destination)
 * @param packetsArrived packets handed to a node
 * @param steps handler calls the nodes took
 * @param endedAt when the run ended, in its microseconds
 * @param duplicatesDelivered copies of duplicated packets that reached a live node
 * @param overtaken packets handed to a node after a later packet of the same link
 */
public record RunStats(long packetsSent, long packetsDropped, long packetsArrived, long steps, long endedAt,
        long duplicatesDelivered, long overtaken) {
}
