package herald.process;

import com.fasterxml.jackson.databind.JsonNode;
import herald.realtime.SharedRecorder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns what programs say into {@code deliver} events, one of two ways.
 *
 * <p><b>From reads</b> (Maelstrom's programs, unchanged): a value a node's read returns for the
 * first time is a delivery at that node, at the moment the read came back; a value one read
 * returns k times is k deliveries (a duplication). A value nobody broadcast is delivered "from"
 * the node that read it, so no-creation names it. Each node is judged on its own reads: a value
 * missing from one node's final read is missing at that node.
 *
 * <p><b>Reported</b> (Herald's extension): each {@code {"type": "deliver", "message": V}} a node
 * sends to the destination {@code herald} is a delivery, in the order the node sent them, so the
 * history holds every delivery in order and order properties can be judged. Reads are then only
 * compared with the reports: a value a node reads but never reported is a diagnostic.
 */
final class Deliveries {

    private final DeliverySource source;
    private final SharedRecorder recorder;
    private final Diagnostics diagnostics;
    /** Who was asked to broadcast each value (by its JSON text). */
    private final Map<String, String> origins = new ConcurrentHashMap<>();
    /** Per node, how many times each value was delivered so far. */
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    /** A value a node read. */
    private record Read(String node, String value) {
    }

    /** Values a node read without reporting them first, already told, in the order read. */
    private final Set<Read> unreported = new LinkedHashSet<>();
    private long reports;

    Deliveries(DeliverySource source, SharedRecorder recorder, Diagnostics diagnostics) {
        this.source = source;
        this.recorder = recorder;
        this.diagnostics = diagnostics;
    }

    DeliverySource source() {
        return source;
    }

    /** A client asked {@code node} to broadcast {@code value}: the broadcast event, and its origin. */
    void broadcast(String node, String value) {
        origins.put(value, node);
        recorder.broadcast(node, value, value);
    }

    /** A read at {@code node} returned {@code values} (JSON texts, duplicates kept). */
    synchronized void read(String node, List<String> values) {
        Map<String, Integer> times = new LinkedHashMap<>();
        values.forEach(v -> times.merge(v, 1, Integer::sum));
        Map<String, Integer> delivered = counts.computeIfAbsent(node, n -> new HashMap<>());
        for (Map.Entry<String, Integer> value : times.entrySet()) {
            int before = delivered.getOrDefault(value.getKey(), 0);
            if (source == DeliverySource.READS) {
                for (int k = before; k < value.getValue(); k++) {
                    deliver(node, value.getKey(), null);
                }
            } else if (before == 0 && unreported.add(new Read(node, value.getKey()))) {
                diagnostics.note(node, node + " read " + value.getKey() + " before reporting its delivery");
            }
        }
    }

    /** {@code node} reported a delivery; counted, and recorded when deliveries are reported. */
    synchronized void reported(String node, JsonNode body) {
        reports++;
        if (source != DeliverySource.REPORTS) {
            return;
        }
        JsonNode message = body.get("message");
        if (message == null) {
            diagnostics.note(node, node + " reported a delivery without a \"message\": " + body);
            return;
        }
        JsonNode origin = body.get("origin");
        deliver(node, message.toString(), origin != null && origin.isTextual() ? origin.asText() : null);
    }

    private void deliver(String node, String value, String claimedOrigin) {
        counts.computeIfAbsent(node, n -> new HashMap<>()).merge(value, 1, Integer::sum);
        String origin = claimedOrigin != null ? claimedOrigin : origins.getOrDefault(value, node);
        recorder.deliver(node, value, origin, value);
    }

    /**
     * At the end of the run: a value a node read but never reported delivering, even later, is the
     * program's fault (a node that answers a read a moment before its report is not): told as a
     * breach, the first one.
     */
    synchronized void judgeUnreported() {
        for (Read read : unreported) {
            if (counts.getOrDefault(read.node(), Map.of()).getOrDefault(read.value(), 0) == 0) {
                diagnostics.breach(read.node(), read.node() + " read " + read.value() + " but never reported "
                        + "delivering it (deliveries "
                        + "are taken from reports to \"herald\" here, the default for an order spec: report each, in "
                        + "order, or grade with --deliveries reads)");
                return;
            }
        }
    }

    /** How many delivery reports nodes sent, whatever the source. */
    synchronized long reports() {
        return reports;
    }
}
