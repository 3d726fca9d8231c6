package herald.node;

import java.util.List;
import java.util.Map;

/**
 * A node whose settings belong in the history's header: a gossip node's topology, fanout and
 * period, say. The runtime asks a fresh node (before {@code init}) and writes each entry as a
 * provenance field, so that a history says how it was produced and a checker can read what it
 * needs: convergence reads the topology, because "connected" depends on it.
 */
public interface Configured {

    /**
     * Header fields for a run of this node's protocol on {@code group} (node names in the group's
     * order). Values are strings, numbers, booleans, and lists and maps of those.
     */
    Map<String, Object> configuration(List<String> group);
}
