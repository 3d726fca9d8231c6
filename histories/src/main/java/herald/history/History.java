package herald.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole history in memory: the header, the events in order, and indexes that let a checker
 * find, in constant time, a node's events, a message's broadcast and its deliveries.
 *
 * <p>Nodes and messages are numbered: node {@code k} is the header's k-th node, message
 * {@code m} the m-th distinct message id the history mentions. Event positions equal their
 * indices {@code i}.
 */
public final class History {

    private final Header header;
    private final List<Event> events;
    private final List<String> warnings;
    private final String[] nodes;
    private final Map<String, Integer> nodeIndex;
    private final List<String> messages;
    private final Map<String, Integer> messageIndex;
    private final int[] nodeAt;
    private final int[] messageAt;
    private final IntList[] eventsOfNode;
    private final int[] broadcastOf;
    private final List<IntList> deliveriesOf;

    private History(Builder b) {
        this.header = b.header;
        this.events = Collections.unmodifiableList(b.events);
        this.warnings = List.copyOf(b.warnings);
        this.nodes = b.nodes;
        this.nodeIndex = b.nodeIndex;
        this.messages = Collections.unmodifiableList(b.messages);
        this.messageIndex = b.messageIndex;
        this.nodeAt = b.nodeAt.toArray();
        this.messageAt = b.messageAt.toArray();
        this.eventsOfNode = b.eventsOfNode;
        this.broadcastOf = b.broadcastOf.toArray();
        this.deliveriesOf = b.deliveriesOf;
    }

    public static Builder builder(Header header) {
        return new Builder(header);
    }

    public Header header() {
        return header;
    }

    public List<Event> events() {
        return events;
    }

    public int size() {
        return events.size();
    }

    public Event event(int i) {
        return events.get(i);
    }

    /** Problems the reader tolerated, such as a cut-off last line. */
    public List<String> warnings() {
        return warnings;
    }

    /** True when the history ends with an {@code end} event: the run finished and healed. */
    public boolean complete() {
        return !events.isEmpty() && events.get(events.size() - 1) instanceof Event.End;
    }

    /** The {@code end} event, or null when the run did not finish. */
    public Event.End end() {
        return complete() ? (Event.End) events.get(events.size() - 1) : null;
    }

    public int nodeCount() {
        return nodes.length;
    }

    public String node(int k) {
        return nodes[k];
    }

    public List<String> nodes() {
        return header.nodes();
    }

    /** The number of a node named in the header, or -1. */
    public int nodeIndex(String name) {
        Integer k = nodeIndex.get(name);
        return k == null ? -1 : k;
    }

    public int messageCount() {
        return messages.size();
    }

    public String message(int m) {
        return messages.get(m);
    }

    /** The number of a message id the history mentions, or -1. */
    public int messageIndex(String id) {
        Integer m = messageIndex.get(id);
        return m == null ? -1 : m;
    }

    /** The node of the event at {@code position} (its {@code node} field), or -1. */
    public int nodeAt(int position) {
        return nodeAt[position];
    }

    /** The message of the broadcast or delivery at {@code position}, or -1. */
    public int messageAt(int position) {
        return messageAt[position];
    }

    /** Positions of every event of node {@code k}, in order. */
    public IntList eventsOf(int k) {
        return eventsOfNode[k];
    }

    /** Position of the broadcast of message {@code m}, or -1 when nobody broadcast it. */
    public int broadcastOf(int m) {
        return broadcastOf[m];
    }

    /** Positions of every delivery of message {@code m}, by any node, in order. */
    public IntList deliveriesOf(int m) {
        return deliveriesOf.get(m);
    }

    /** Position of node {@code k}'s first crash, or -1 when it never crashed. */
    public int crashOf(int k) {
        return crashAfter(k, 0);
    }

    /**
     * Position of node {@code k}'s first crash at or after {@code position} (in crash-recovery, the
     * one that ended what it did there), or -1 when it did not crash again.
     */
    public int crashAfter(int k, int position) {
        IntList mine = eventsOfNode[k];
        for (int j = 0; j < mine.size(); j++) {
            if (mine.get(j) >= position && events.get(mine.get(j)) instanceof Event.Crash) {
                return mine.get(j);
            }
        }
        return -1;
    }

    /**
     * Position of the crash that makes node {@code k} faulty, or -1 when it is {@link #correct}: in
     * crash-stop its first crash, in crash-recovery the last one, never followed by a recovery.
     */
    public int fatalCrash(int k) {
        if (!header.crashRecovery()) {
            return crashOf(k);
        }
        IntList mine = eventsOfNode[k];
        for (int j = mine.size() - 1; j >= 0; j--) {
            Event e = events.get(mine.get(j));
            if (e instanceof Event.Crash) {
                return mine.get(j);
            }
            if (e instanceof Event.Recover) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether node {@code k} is correct: in crash-stop, it never crashed; in crash-recovery, it is
     * up at the end (its last crash, if any, was followed by a recovery).
     */
    public boolean correct(int k) {
        IntList mine = eventsOfNode[k];
        boolean up = true;
        for (int j = 0; j < mine.size(); j++) {
            Event e = events.get(mine.get(j));
            if (e instanceof Event.Crash) {
                if (!header.crashRecovery()) {
                    return false;
                }
                up = false;
            } else if (e instanceof Event.Recover) {
                up = true;
            }
        }
        return up;
    }

    /** Accumulates events in order and builds the indexes as it goes. */
    public static final class Builder {
        private final Header header;
        private final List<Event> events = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final String[] nodes;
        private final Map<String, Integer> nodeIndex = new HashMap<>();
        private final List<String> messages = new ArrayList<>();
        private final Map<String, Integer> messageIndex = new HashMap<>();
        private final IntList nodeAt = new IntList(1024);
        private final IntList messageAt = new IntList(1024);
        private final IntList[] eventsOfNode;
        private final IntList broadcastOf = new IntList(256);
        private final List<IntList> deliveriesOf = new ArrayList<>();

        private Builder(Header header) {
            this.header = header;
            this.nodes = header.nodes().toArray(String[]::new);
            this.eventsOfNode = new IntList[nodes.length];
            for (int k = 0; k < nodes.length; k++) {
                nodeIndex.put(nodes[k], k);
                eventsOfNode[k] = new IntList();
            }
        }

        public Builder warn(String warning) {
            warnings.add(warning);
            return this;
        }

        /** The number of a node, or -1 when the header does not name it. */
        public int nodeIndex(String name) {
            Integer k = nodeIndex.get(name);
            return k == null ? -1 : k;
        }

        /** Position of the broadcast of a message id, or -1 when it has not been broadcast yet. */
        public int broadcastOf(String msg) {
            Integer m = messageIndex.get(msg);
            return m == null ? -1 : broadcastOf.get(m);
        }

        public int size() {
            return events.size();
        }

        /**
         * Appends an event. Its index must be the next position and its nodes must be in the
         * header; the reader checks this for files, the recorder guarantees it for runs.
         */
        public Builder add(Event event) {
            int position = events.size();
            if (event.i() != position) {
                throw new IllegalArgumentException("event index " + event.i() + " where " + position + " was due");
            }
            events.add(event);
            int node = -1;
            int message = -1;
            if (event instanceof Event.Broadcast b) {
                node = known(b.node());
                message = intern(b.msg());
                broadcastOf.set(message, position);
            } else if (event instanceof Event.Deliver d) {
                node = known(d.node());
                message = intern(d.msg());
                deliveriesOf.get(message).add(position);
            } else if (event instanceof Event.Crash c) {
                node = known(c.node());
            } else if (event instanceof Event.Recover r) {
                node = known(r.node());
            } else if (event instanceof Event.Send s) {
                node = known(s.node());
            } else if (event instanceof Event.Recv r) {
                node = known(r.node());
            } else if (event instanceof Event.Drop d) {
                node = known(d.node());
            } else if (event instanceof Event.Log l) {
                node = known(l.node());
            }
            nodeAt.add(node);
            messageAt.add(message);
            if (node >= 0) {
                eventsOfNode[node].add(position);
            }
            return this;
        }

        private int known(String name) {
            Integer k = nodeIndex.get(name);
            if (k == null) {
                throw new IllegalArgumentException("node " + name + " is not in the header");
            }
            return k;
        }

        private int intern(String msg) {
            Integer m = messageIndex.get(msg);
            if (m != null) {
                return m;
            }
            int fresh = messages.size();
            messages.add(msg);
            messageIndex.put(msg, fresh);
            broadcastOf.add(-1);
            deliveriesOf.add(new IntList(nodes.length));
            return fresh;
        }

        public History build() {
            return new History(this);
        }
    }
}
