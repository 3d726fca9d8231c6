package herald.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One line of a history after the header. Every event has its index {@code i} (0, 1, 2, … in
 * the order the harness observed them) and its time {@code t} since the run started, in the
 * header's time unit.
 *
 * <p>Node names are kept as the strings the file holds; {@link History} maps them to indices.
 * Optional fields are {@code null} when absent.
 */
public sealed interface Event {

    /** The event's index in its history. */
    int i();

    /** The time of the event since the run started. */
    long t();

    /** The {@code type} field as written in the file. */
    String type();

    /**
     * The workload asked {@code node} to broadcast message {@code msg}. {@code data} is its payload
     * as text; {@code value} is the payload as JSON when a history file gave a JSON value other than
     * a string (a number, an object, …), and null otherwise.
     */
    record Broadcast(int i, long t, String node, String msg, String data, JsonNode value) implements Event {
        public Broadcast(int i, long t, String node, String msg, String data) {
            this(i, t, node, msg, data, null);
        }

        public String type() {
            return "broadcast";
        }
    }

    /**
     * {@code node} delivered {@code msg} to its application, claiming {@code origin} sent it; its
     * payload is {@code data}, or {@code value} as in {@link Broadcast}.
     */
    record Deliver(int i, long t, String node, String msg, String origin, String data, JsonNode value)
            implements Event {
        public Deliver(int i, long t, String node, String msg, String origin, String data) {
            this(i, t, node, msg, origin, data, null);
        }

        public String type() {
            return "deliver";
        }
    }

    /** {@code node} stopped taking steps. {@code reason} is set when its own code failed. */
    record Crash(int i, long t, String node, String reason) implements Event {
        public String type() {
            return "crash";
        }
    }

    /** {@code node} restarted from its stable storage (crash-recovery model only). */
    record Recover(int i, long t, String node) implements Event {
        public String type() {
            return "recover";
        }
    }

    /** The nemesis began ({@code action = "start"}) or ended ({@code "stop"}) a fault. */
    record Fault(int i, long t, String action, String fault, JsonNode detail) implements Event {
        public String type() {
            return "fault";
        }

        public boolean isStart() {
            return "start".equals(action);
        }
    }

    /** A traced packet left {@code node} for {@code to}. */
    record Send(int i, long t, String node, String to, long packet, JsonNode data) implements Event {
        public String type() {
            return "send";
        }
    }

    /** {@code node} received traced packet {@code packet} from {@code from}. */
    record Recv(int i, long t, String node, String from, long packet) implements Event {
        public String type() {
            return "recv";
        }
    }

    /** The network lost a traced packet from {@code node} to {@code to}. */
    record Drop(int i, long t, String node, String to, long packet, String reason) implements Event {
        public String type() {
            return "drop";
        }
    }

    /** A line a node logged, for people. */
    record Log(int i, long t, String node, String text) implements Event {
        public String type() {
            return "log";
        }
    }

    /** The run ended with every fault stopped; {@code healedAt} is when the last one stopped. */
    record End(int i, long t, Long healedAt) implements Event {
        public String type() {
            return "end";
        }
    }

    /** An event of a type this version does not know: kept for people, skipped by checkers. */
    record Unknown(int i, long t, String type, ObjectNode fields) implements Event {
    }
}
