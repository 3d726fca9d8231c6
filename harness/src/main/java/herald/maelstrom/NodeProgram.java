package herald.maelstrom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import herald.history.NodeId;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.node.PacketCodec;
import herald.protocol.Protocol;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One node of a Herald protocol as a Maelstrom program: {@code herald node --protocol P}.
 *
 * <p>It answers {@code init}, {@code topology}, {@code broadcast} and {@code read} as the broadcast
 * workload asks; a broadcast value becomes a {@link Message} whose id and data are the value's JSON
 * text, and {@code read} returns the data of every message the protocol delivered, in delivery
 * order (twice if it delivered one twice: a read shows what the protocol did). The protocol's own
 * packets travel to the other nodes as {@code {"type": "herald", "packet": ...}} bodies, encoded by
 * {@link PacketCodec}. When {@code init} carries Herald's extension ({@code "herald":
 * {"deliver_to": "herald"}}), every delivery is also reported there, so that Herald can check order;
 * under Maelstrom itself nothing is sent to a destination it does not know.
 *
 * <p>Everything the node does happens on one thread, one event at a time, as the Node API
 * promises: lines from stdin and timers that fire are queued and run in turn. A handler that
 * throws crashes the node: the stack trace goes to stderr and the program exits with code 1.
 */
public final class NodeProgram {

    /** How much of a line that is not a message the note on stderr shows. */
    static final int SHOWN = 200;

    /** The body type of a protocol's packet between two nodes. */
    public static final String PACKET = "herald";

    private final Protocol protocol;
    private final long seed;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream log;
    private final BlockingQueue<Runnable> inbox = new LinkedBlockingQueue<>();
    /** Packets the node sent itself: they arrive before anything else is read. */
    private final Deque<Runnable> local = new ArrayDeque<>();
    private final List<JsonNode> delivered = new ArrayList<>();
    private ProgramContext context;
    private Node node;
    private long nextMsgId = 1;
    private Throwable failure;
    private boolean stopped;

    /**
     * @param protocol the protocol to run
     * @param seed the seed of the node's {@code random()}, mixed with its index in the group
     * @param in where messages come from (stdin)
     * @param out where messages go (stdout)
     * @param log where the node's log and failures go (stderr)
     */
    public NodeProgram(Protocol protocol, long seed, InputStream in, PrintStream out, PrintStream log) {
        this.protocol = protocol;
        this.seed = seed;
        this.in = in;
        this.out = out;
        this.log = log;
    }

    /** Runs until stdin closes (exit code 0) or a handler throws (exit code 1). */
    public int run() throws InterruptedException {
        Thread reader = new Thread(this::read, "herald-node-stdin");
        reader.setDaemon(true);
        reader.start();
        while (!stopped) {
            Runnable next = local.poll();
            (next != null ? next : inbox.take()).run();
            if (failure != null) {
                StringWriter trace = new StringWriter();
                failure.printStackTrace(new PrintWriter(trace));
                log.println("herald node: " + (context == null ? "the node" : context.self()) + " crashed: " + trace);
                log.flush();
                return 1;
            }
        }
        if (context != null) {
            context.close();
        }
        return 0;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String received = line;
                inbox.add(() -> handle(received));
            }
        } catch (IOException e) {
            log.println("herald node: stdin failed: " + e.getMessage());
        }
        inbox.add(() -> stopped = true);
    }

    /** Queues {@code step} to run on the node's thread, after what is already queued. */
    void post(Runnable step) {
        inbox.add(step);
    }

    /** Queues {@code step} to run next, before any other line is read: a packet the node sent itself. */
    void postLocal(Runnable step) {
        local.add(step);
    }

    /** Runs one call into the protocol; a throw crashes the node. */
    void step(Runnable call) {
        if (failure != null) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException | StackOverflowError e) {
            failure = e;
        }
    }

    private void handle(String line) {
        Envelope message;
        try {
            message = Envelope.parse(line);
        } catch (IllegalArgumentException e) {
            log.println("herald node: ignored a line that is not a message (" + e.getMessage() + "): "
                    + (line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "… (" + line.length() + " characters)"));
            return;
        }
        String type = message.type();
        if (type.equals("init")) {
            init(message);
        } else if (node == null) {
            log.println("herald node: ignored a " + type + " before init");
        } else if (type.equals(PACKET)) {
            Packet packet;
            try {
                packet = PacketCodec.fromTree(message.body().get("packet"));
            } catch (IllegalArgumentException e) {
                log.println("herald node: ignored a packet from " + message.src() + " that does not decode ("
                        + e.getMessage() + ")");
                return;
            }
            step(() -> receive(new NodeId(message.src()), packet));
        } else if (type.equals("topology")) {
            reply(message, Envelope.reply("topology_ok", requestId(message)));
        } else if (type.equals("broadcast")) {
            broadcast(message);
        } else if (type.equals("read")) {
            ObjectNode body = Envelope.reply("read_ok", requestId(message));
            ArrayNode values = body.putArray("messages");
            delivered.forEach(values::add);
            reply(message, body);
        } else if (message.body().has("msg_id")) {
            reply(message, Envelope.error(ErrorCode.NOT_SUPPORTED, "herald node does not know " + type,
                    requestId(message)));
        }
    }

    private void init(Envelope message) {
        ObjectNode body = message.body();
        String self = body.path("node_id").asText("");
        List<NodeId> group = new ArrayList<>();
        body.path("node_ids").forEach(id -> group.add(new NodeId(id.asText())));
        if (self.isEmpty() || !group.contains(new NodeId(self))) {
            reply(message, Envelope.error(ErrorCode.MALFORMED_REQUEST, "init needs node_id among node_ids",
                    requestId(message)));
            return;
        }
        JsonNode deliverTo = body.path("herald").path("deliver_to");
        context = new ProgramContext(this, new NodeId(self), group, seed,
                deliverTo.isTextual() ? deliverTo.asText() : null);
        node = protocol.newNode();
        step(() -> node.init(context));
        reply(message, Envelope.reply("init_ok", requestId(message)));
    }

    private void broadcast(Envelope message) {
        JsonNode value = message.body().get("message");
        if (value == null) {
            reply(message, Envelope.error(ErrorCode.MALFORMED_REQUEST, "broadcast needs a message",
                    requestId(message)));
            return;
        }
        String text = value.toString();
        Message m = new Message(text, context.self(), text);
        step(() -> node.onBroadcast(m));
        reply(message, Envelope.reply("broadcast_ok", requestId(message)));
    }

    private static long requestId(Envelope message) {
        Long id = message.msgId();
        return id == null ? 0 : id;
    }

    private void reply(Envelope request, ObjectNode body) {
        JsonNode asked = request.body().get("msg_id");
        if (asked != null && asked.isNumber()) {
            body.set("in_reply_to", asked);  // as the client wrote it, however large
        } else {
            body.remove("in_reply_to");  // a request without a number gets a reply that answers none
        }
        body.put("msg_id", nextMsgId++);
        write(new Envelope(request.dest(), request.src(), body));
    }

    /** What the protocol delivered: kept for reads, and reported to Herald when it asked. */
    void delivered(Message m, String reportTo) {
        JsonNode value = valueOf(m.data());
        delivered.add(value);
        if (reportTo != null) {
            ObjectNode body = Envelope.body("deliver");
            body.set("message", value);
            body.put("origin", m.origin().name());
            write(new Envelope(context.self().name(), reportTo, body));
        }
    }

    void receive(NodeId from, Packet packet) {
        node.onReceive(from, packet);
    }

    void timer(Object tag) {
        node.onTimer(tag);
    }

    /** Sends a packet to another node. */
    void send(NodeId to, Packet packet) {
        ObjectNode body = Envelope.body(PACKET);
        body.set("packet", PacketCodec.toTree(packet));
        write(new Envelope(context.self().name(), to.name(), body));
    }

    /** The value a message's data stands for: its JSON, or the data as a string when it is not JSON. */
    private static JsonNode valueOf(String data) {
        if (data == null) {
            return Json.MAPPER.nullNode();
        }
        try {
            return Envelope.value(data);
        } catch (IOException notJson) {
            return Json.MAPPER.getNodeFactory().textNode(data);
        }
    }

    void log(String text) {
        log.println(context.self() + ": " + text);
    }

    private void write(Envelope message) {
        out.print(message.line() + "\n");
        out.flush();
    }
}
