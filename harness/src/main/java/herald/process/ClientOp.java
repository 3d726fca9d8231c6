package herald.process;

import java.util.List;

/**
 * One operation a client asked of a node, as Jepsen's history keeps it: when it was invoked and
 * when it completed, each with its position in the order of the run's invocations and completions.
 *
 * @param node the node asked
 * @param kind {@code broadcast} or {@code read}
 * @param value the broadcast value (its JSON text), or null for a read
 * @param invoked position of the invocation among all invocations and completions
 * @param invokedAt when it was invoked, in microseconds since the run started
 * @param completed position of the completion, or -1 when it never completed
 * @param completedAt when it completed, or -1
 * @param ok whether the node answered with the expected reply (not an error, not a timeout)
 * @param values what a read returned (each value's JSON text, duplicates kept), or an empty list
 * @param last whether it is a node's final read, after the faults healed and the run went quiet
 */
public record ClientOp(String node, String kind, String value, long invoked, long invokedAt, long completed,
        long completedAt, boolean ok, List<String> values, boolean last) {

    public ClientOp {
        values = List.copyOf(values);
    }

    public boolean broadcast() {
        return kind.equals("broadcast");
    }

    public boolean read() {
        return kind.equals("read");
    }
}
