package herald.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One event line decoded: the fields its type requires, present and of the right kind, and every
 * node it names in the header. Knows nothing of order (indices, times, what came before): the
 * reader checks that.
 *
 * <p>A delivery's {@code msg} and {@code origin} are what the delivering node claims, not facts
 * the harness vouches for: a broken protocol may deliver a message nobody broadcast, from a
 * process that is not in the group, with any id. They are kept as they are, whatever string they
 * hold, so that No creation can judge them; rejecting them would make the very history that shows
 * the bug unreadable.
 */
final class EventLine {

    private final LineFields f;
    private final History.Builder history;
    private final Header header;

    private EventLine(LineFields f, History.Builder history, Header header) {
        this.f = f;
        this.history = history;
        this.header = header;
    }

    /**
     * The event the fields describe, at index {@code i} and time {@code t}.
     *
     * @throws IllegalArgumentException saying what is wrong, for the reader to report with the line
     */
    static Event decode(LineFields f, int i, long t, History.Builder history, Header header) {
        return new EventLine(f, history, header).event(i, t);
    }

    private Event event(int i, long t) {
        return switch (f.type) {
            case "broadcast" -> {
                String node = node(f.node, "node", f.type);
                String msg = messageId(f.msg, f.type);
                int earlier = history.broadcastOf(msg);
                if (earlier >= 0) {
                    throw new IllegalArgumentException("message " + Names.told(msg) + " was already broadcast (#" + earlier
                            + "); message ids are unique");
                }
                yield new Event.Broadcast(i, t, node, msg, f.data, f.dataTree);
            }
            case "deliver" -> new Event.Deliver(i, t, node(f.node, "node", f.type),
                    required(f.msg, "msg", f.type), required(f.origin, "origin", f.type), f.data, f.dataTree);
            case "crash" -> new Event.Crash(i, t, node(f.node, "node", f.type), f.reason);
            case "recover" -> {
                String node = node(f.node, "node", f.type);
                if (!header.crashRecovery()) {
                    throw new IllegalArgumentException("a recover event (" + node + ") in a crash-stop history: a crashed"
                            + " process never recovers unless the header says \"model\":\"crash-recovery\"");
                }
                yield new Event.Recover(i, t, node);
            }
            case "fault" -> {
                String action = required(f.action, "action", f.type);
                if (!action.equals("start") && !action.equals("stop")) {
                    throw new IllegalArgumentException("a fault's action must be \"start\" or \"stop\", found \"" + action + "\"");
                }
                String fault = required(f.fault, "fault", f.type);
                if (fault.equals("partition") && f.detail != null && f.detail.has("groups")) {
                    groups(f.detail.get("groups"));
                }
                if (f.detail != null && f.detail.has("nodes")) {
                    nodes(f.detail.get("nodes"));
                }
                if (f.detail != null && f.detail.has("links")) {
                    links(f.detail.get("links"));
                }
                yield new Event.Fault(i, t, action, fault, f.detail);
            }
            case "send" -> new Event.Send(i, t, node(f.node, "node", f.type), node(f.to, "to", f.type),
                    requiredPacket(), f.dataAsTree());
            case "recv" -> new Event.Recv(i, t, node(f.node, "node", f.type), node(f.from, "from", f.type),
                    requiredPacket());
            case "drop" -> new Event.Drop(i, t, node(f.node, "node", f.type), node(f.to, "to", f.type),
                    requiredPacket(), dropReason(required(f.reason, "reason", f.type)));
            case "log" -> new Event.Log(i, t, node(f.node, "node", f.type), required(f.text, "text", f.type));
            case "end" -> new Event.End(i, t, f.healedAt);
            default -> new Event.Unknown(i, t, f.type, f.all());
        };
    }


    private String required(String value, String field, String type) {
        if (value == null) {
            throw new IllegalArgumentException("missing field \"" + field + "\" in a " + type + " event");
        }
        return value;
    }

    /** Why the network lost a packet: HISTORY-FORMAT.md names three reasons, and nothing reads another. */
    private static String dropReason(String reason) {
        if (!DROP_REASONS.contains(reason)) {
            throw new IllegalArgumentException("a drop's \"reason\" must be partition, loss or crashed, found "
                    + Json.line(reason));
        }
        return reason;
    }

    private static final List<String> DROP_REASONS = List.of("partition", "loss", "crashed");

    private String messageId(String msg, String type) {
        required(msg, "msg", type);
        if (!HeaderLine.printable(msg)) {
            throw new IllegalArgumentException("a message id must be printable, without control characters, found "
                    + Json.line(msg));
        }
        return msg;
    }

    /** A partition's {@code detail.groups}: arrays of the header's nodes. */
    private void groups(JsonNode groups) {
        if (!groups.isArray()) {
            throw new IllegalArgumentException("a partition's \"groups\" must be an array of arrays of node names, found "
                    + groups);
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode group : groups) {
            if (!group.isArray()) {
                throw new IllegalArgumentException("a partition's group must be an array of node names, found " + group);
            }
            for (JsonNode node : group) {
                if (!node.isTextual()) {
                    throw new IllegalArgumentException("a partition's group must hold node names, found " + node);
                }
                node(node.asText(), "detail.groups", f.type);
                if (!seen.add(node.asText())) {
                    throw new IllegalArgumentException("a partition puts " + Names.told(node.asText())
                            + " in two groups: " + groups);
                }
            }
        }
    }

    /** A fault's {@code detail.nodes} (the crashed, the paused, the slowed): an array of the header's nodes. */
    private void nodes(JsonNode nodes) {
        if (!nodes.isArray()) {
            throw new IllegalArgumentException("a fault's \"nodes\" must be an array of node names, found " + nodes);
        }
        for (JsonNode node : nodes) {
            if (!node.isTextual()) {
                throw new IllegalArgumentException("a fault's \"nodes\" must hold node names, found " + node);
            }
            node(node.asText(), "detail.nodes", f.type);
        }
    }

    /** A fault's {@code detail.links}: an array of directed links between the header's nodes, {@code "n1>n2"}. */
    private void links(JsonNode links) {
        if (!links.isArray()) {
            throw new IllegalArgumentException("a fault's \"links\" must be an array of links \"n1>n2\", found " + links);
        }
        for (JsonNode link : links) {
            String[] ends = link.isTextual() ? link.asText().split(">", -1) : new String[0];
            if (ends.length != 2) {
                throw new IllegalArgumentException("a fault's \"links\" must hold links \"n1>n2\", found " + link);
            }
            node(ends[0], "detail.links", f.type);
            node(ends[1], "detail.links", f.type);
        }
    }

    private long requiredPacket() {
        if (f.packet == null) {
            throw new IllegalArgumentException("missing field \"packet\" in a " + f.type + " event");
        }
        return f.packet;
    }

    private String node(String value, String field, String type) {
        required(value, field, type);
        if (history.nodeIndex(value) < 0) {
            throw new IllegalArgumentException("unknown node " + Names.told(value) + " in \"" + field + "\" (the header names "
                    + String.join(", ", header.nodes()) + ")");
        }
        return value;
    }
}
