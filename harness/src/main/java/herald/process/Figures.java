package herald.process;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures Maelstrom prints for a broadcast run, computed as Maelstrom computes them, so that
 * goals written for it ("under 30 messages per operation, median latency under 400 ms") are graded
 * the same way here.
 *
 * <p><b>Messages per operation</b>: messages between nodes (not to or from clients) over every
 * operation clients invoked, reads and final reads included (Maelstrom's {@code :servers
 * :msgs-per-op}).
 *
 * <p><b>Stable latency</b> (Jepsen's {@code set-full} checker): a value is <i>known</i> from the
 * first completion that shows it, its broadcast's acknowledgement or a read that returned it. It
 * is <i>stable</i> when the last read, by invocation, that returned it was invoked after the last
 * read that did not; its stable latency is from when it became known to just after the last read
 * that missed it, or 0, in whole milliseconds. It is <i>lost</i> when it was known and the last
 * read to miss it came after both the last read to show it and the moment it became known. Reads
 * of every node count as one timeline, as in Maelstrom; Herald's own checkers judge each node.
 * Quantiles are Jepsen's: the value at index ⌊n·q⌋ of the sorted latencies.
 *
 * @param operations client operations invoked
 * @param messages messages sent between nodes
 * @param stable values that became stable
 * @param lost values that were lost
 * @param neverRead values no read settled either way
 * @param latencies stable latency quantiles in ms (keys 0, 0.5, 0.95, 0.99, 1), empty when none is stable
 */
public record Figures(long operations, long messages, int stable, int lost, int neverRead,
        Map<Double, Long> latencies) {

    /** Jepsen's quantile points. */
    public static final List<Double> POINTS = List.of(0.0, 0.5, 0.95, 0.99, 1.0);

    /** Messages per operation, or 0 when no operation was invoked. */
    public double msgsPerOp() {
        return operations == 0 ? 0 : (double) messages / operations;
    }

    /** The median stable latency in ms, or null when no value became stable. */
    public Long medianLatency() {
        return latencies.get(0.5);
    }

    /** The largest stable latency in ms, or null. */
    public Long maxLatency() {
        return latencies.get(1.0);
    }

    /** Computes the figures of a run from its client operations and its count of node-to-node messages. */
    public static Figures of(List<ClientOp> ops, long messages) {
        record Point(long index, long time) {
        }
        final class Element {
            Point known;
            Point lastPresent;
            Point lastAbsent;
        }
        record Step(long index, ClientOp op, boolean invocation) {
        }
        List<Step> steps = new ArrayList<>();
        for (ClientOp op : ops) {
            steps.add(new Step(op.invoked(), op, true));
            if (op.completed() >= 0) {
                steps.add(new Step(op.completed(), op, false));
            }
        }
        steps.sort(Comparator.comparingLong(Step::index));
        Map<String, Element> elements = new LinkedHashMap<>();
        for (Step step : steps) {
            ClientOp op = step.op();
            if (op.broadcast() && step.invocation()) {
                elements.put(op.value(), new Element());
            } else if (op.broadcast() && op.ok()) {
                Element e = elements.get(op.value());
                if (e != null && e.known == null) {
                    e.known = new Point(op.completed(), op.completedAt());
                }
            } else if (op.read() && !step.invocation() && op.ok()) {
                Set<String> seen = new HashSet<>(op.values());
                Point invocation = new Point(op.invoked(), op.invokedAt());
                for (Map.Entry<String, Element> entry : elements.entrySet()) {
                    Element e = entry.getValue();
                    if (seen.contains(entry.getKey())) {
                        if (e.known == null) {
                            e.known = new Point(op.completed(), op.completedAt());
                        }
                        if (e.lastPresent == null || e.lastPresent.index() < invocation.index()) {
                            e.lastPresent = invocation;
                        }
                    } else if (e.lastAbsent == null || e.lastAbsent.index() < invocation.index()) {
                        e.lastAbsent = invocation;
                    }
                }
            }
        }
        int stable = 0;
        int lost = 0;
        List<Long> latencies = new ArrayList<>();
        for (Element e : elements.values()) {
            long absentAt = e.lastAbsent == null ? -1 : e.lastAbsent.index();
            if (e.lastPresent != null && absentAt < e.lastPresent.index()) {
                stable++;
                // Jepsen: the stable time is just after the last absent read's invocation (0 without one).
                long stableAt = e.lastAbsent == null ? 0 : e.lastAbsent.time() + 1;
                latencies.add(Math.max(0, stableAt - e.known.time()) / 1_000);
            } else if (e.known != null && e.lastAbsent != null && e.known.index() < absentAt
                    && (e.lastPresent == null || e.lastPresent.index() < absentAt)) {
                lost++;
            }
        }
        latencies.sort(null);
        Map<Double, Long> quantiles = new LinkedHashMap<>();
        if (!latencies.isEmpty()) {
            for (double q : POINTS) {
                int k = Math.min(latencies.size() - 1, (int) Math.floor(latencies.size() * q));
                quantiles.put(q, latencies.get(k));
            }
        }
        long operations = ops.size();
        return new Figures(operations, messages, stable, lost, elements.size() - stable - lost, quantiles);
    }

    /** The figures as score.json keeps them. */
    public ObjectNode toJson() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("operations", operations);
        json.put("messages", messages);
        json.put("msgs_per_op", Math.round(msgsPerOp() * 1000) / 1000.0);
        json.put("stable", stable);
        json.put("lost", lost);
        json.put("never_read", neverRead);
        ObjectNode quantiles = json.putObject("stable_latency_ms");
        latencies.forEach((q, ms) -> quantiles.put(q == 0 ? "0" : q == 1 ? "1" : Double.toString(q), ms));
        return json;
    }

    /** One line for the terminal: "12.4 msgs/op, stable latency median 87 ms, max 212 ms (40 stable, 0 lost)". */
    public String describe() {
        String latency = latencies.isEmpty() ? "no value became stable"
                : "stable latency median " + medianLatency() + " ms, max " + maxLatency() + " ms";
        return String.format(java.util.Locale.ROOT, "%.1f msgs/op, %s (%d stable, %d lost, %d never read)",
                msgsPerOp(), latency, stable, lost, neverRead);
    }
}
