/**
 * Maelstrom's protocol, as Herald speaks it: the envelope of a message ({@code src}, {@code dest},
 * {@code body}), the bodies of the broadcast workload, error codes, the topologies Maelstrom hands
 * its nodes, and {@code herald node}, which runs any Herald protocol as a program speaking it.
 *
 * <p>Jepsen's Maelstrom (github.com/jepsen-io/maelstrom, {@code doc/protocol.md}) runs a node as a
 * process that reads one JSON message per line on stdin and writes its own on stdout. Every node
 * first gets {@code init} with its id and the group's, answers {@code init_ok}, then gets the
 * {@code topology}; a client asks it to {@code broadcast} a value and to {@code read} the values
 * it holds. Herald grades such programs unchanged ({@code herald.process}), and adds one thing
 * Maelstrom lacks: a node may tell Herald of each delivery, a message to the reserved destination
 * {@code herald} (announced in {@code init}), so that order properties can be checked.
 */
package herald.maelstrom;
