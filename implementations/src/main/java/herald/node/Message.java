package herald.node;

import herald.history.NodeId;
import java.util.Objects;

/**
 * An application message: what the workload asks a node to broadcast and what nodes deliver.
 *
 * @param id unique in the run, e.g. {@code n1-3}; checkers identify messages by it
 * @param origin the process that broadcast it
 * @param data the payload, a short string
 */
public record Message(String id, NodeId origin, String data) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
    }
}
