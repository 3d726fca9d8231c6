package herald.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.maelstrom.Envelope;
import herald.maelstrom.ErrorCode;
import herald.realtime.FirstFailure;
import herald.realtime.WallClock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Maelstrom's clients: one per node ({@code c0} talks to {@code n0}), each with at most one
 * request outstanding, as Maelstrom's synchronous clients have. Client traffic never crosses
 * Herald's network: it is neither delayed nor lost nor cut, as in Maelstrom.
 *
 * <p>A broadcast asked of a busy client waits its turn; a read asked of a busy client is skipped,
 * as Maelstrom's generator would not give it to a busy client. A request unanswered after the
 * timeout is given up (and counted against the node); a late answer is ignored.
 */
final class Clients {

    /** An operation the workload asks of a node's client. */
    record Op(String kind, JsonNode value, boolean last, CompletableFuture<ClientOp> done) {
        static Op broadcast(JsonNode value) {
            return new Op("broadcast", value, false, new CompletableFuture<>());
        }

        static Op read(boolean last) {
            return new Op("read", null, last, new CompletableFuture<>());
        }
    }

    private final class Client {
        final int node;
        final String id;
        long nextMsgId = 1;
        final Deque<Op> queue = new ArrayDeque<>();
        Op outstanding;
        long outstandingId;
        long invoked;
        long invokedAt;
        final Map<Long, CompletableFuture<Envelope>> calls = new HashMap<>();
        int timeouts;

        Client(int node) {
            this.node = node;
            this.id = "c" + node;
        }
    }

    private final Cluster cluster;
    private final WallClock clock;
    private final Deliveries deliveries;
    private final Diagnostics diagnostics;
    private final long timeout;
    private final FirstFailure failures;
    private final List<Client> clients = new ArrayList<>();
    private final List<ClientOp> ops = new ArrayList<>();
    private final AtomicLong order = new AtomicLong();
    private final ScheduledThreadPoolExecutor timer;

    Clients(Cluster cluster, WallClock clock, Deliveries deliveries, Diagnostics diagnostics, long timeout,
            FirstFailure failures) {
        this.cluster = cluster;
        this.failures = failures;
        this.clock = clock;
        this.deliveries = deliveries;
        this.diagnostics = diagnostics;
        this.timeout = timeout;
        for (int k = 0; k < cluster.size(); k++) {
            clients.add(new Client(k));
        }
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "herald-clients");
            thread.setDaemon(true);
            return thread;
        });
        this.timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Sends one request outside the workload (init, topology); the future fails if the node ends first. */
    CompletableFuture<Envelope> call(int node, ObjectNode body) {
        Client c = clients.get(node);
        CompletableFuture<Envelope> reply = new CompletableFuture<>();
        synchronized (c) {
            if (!cluster.up(node)) {
                reply.completeExceptionally(new IllegalStateException(cluster.why(node)));
                return reply;
            }
            long msgId = c.nextMsgId++;
            body.put("msg_id", msgId);
            c.calls.put(msgId, reply);
            cluster.toNode(node, new Envelope(c.id, cluster.name(node), body));
        }
        return reply;
    }

    /** Asks {@code op} of node {@code node}'s client; false when it was not asked (node down, client busy). */
    boolean submit(int node, Op op) {
        Client c = clients.get(node);
        synchronized (c) {
            if (!cluster.up(node)) {
                return false;
            }
            boolean busy = c.outstanding != null || !c.queue.isEmpty();
            if (busy && op.kind().equals("read") && !op.last()) {
                return false;
            }
            c.queue.add(op);
            if (!busy) {
                next(c);
            }
            return true;
        }
    }

    private void next(Client c) {
        Op op = c.queue.poll();
        if (op == null) {
            return;
        }
        long msgId = c.nextMsgId++;
        ObjectNode body = Envelope.body(op.kind());
        if (op.value() != null) {
            body.set("message", op.value());
        }
        body.put("msg_id", msgId);
        c.outstanding = op;
        c.outstandingId = msgId;
        c.invoked = order.getAndIncrement();
        c.invokedAt = clock.now();
        if (op.value() != null) {
            deliveries.broadcast(cluster.name(c.node), op.value().toString());
        }
        cluster.toNode(c.node, new Envelope(c.id, cluster.name(c.node), body));
        try {
            timer.schedule(failures.guard("the clients could not time out a request to " + c.id,
                    () -> expire(c, msgId)), timeout, TimeUnit.MICROSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException runOver) {
            // The run is over: no request is timed any more.
        }
    }

    private void expire(Client c, long msgId) {
        synchronized (c) {
            if (c.outstanding != null && c.outstandingId == msgId) {
                c.timeouts++;
                complete(c, false, List.of(), -1, -1);
            }
        }
    }

    /** A message a node sent to a client: the answer to its outstanding request, or to a call. */
    void reply(String node, Envelope reply) {
        Client c = client(reply.dest());
        Long to = reply.inReplyTo();
        if (c == null || to == null) {
            diagnostics.note(node, node + " sent " + reply.dest() + " a " + reply.type() + " that answers no request");
            return;
        }
        synchronized (c) {
            CompletableFuture<Envelope> call = c.calls.remove(to);
            if (call != null) {
                call.complete(reply);
                return;
            }
            if (c.outstanding == null || c.outstandingId != to) {
                if (to < 1 || to >= c.nextMsgId) {          // the client's ids start at 1
                    diagnostics.breach(node, node + " answered " + reply.dest() + " with a " + reply.type()
                            + " in reply to msg_id " + to + ", which " + reply.dest() + " never sent: in_reply_to must "
                            + "be the request's msg_id");
                }
                return;
            }
            Op op = c.outstanding;
            String expected = op.kind() + "_ok";
            if (reply.type().equals(expected)) {
                List<String> values = new ArrayList<>();
                if (op.kind().equals("read")) {
                    JsonNode messages = reply.body().get("messages");
                    if (messages == null || !messages.isArray()) {
                        diagnostics.note(node, node + " answered read with a read_ok whose \"messages\" is not a list");
                    } else {
                        messages.forEach(v -> values.add(v.toString()));
                        deliveries.read(node, values);
                    }
                }
                complete(c, true, values, order.getAndIncrement(), clock.now());
            } else {
                diagnostics.note(node, node + " answered " + op.kind() + " with " + describe(reply));
                complete(c, false, List.of(), order.getAndIncrement(), clock.now());
            }
        }
    }

    private static String describe(Envelope reply) {
        if (reply.type().equals("error")) {
            int code = reply.body().path("code").asInt(-1);
            return "error " + code + " (" + ErrorCode.name(code) + ")" + (reply.body().has("text")
                    ? ": " + reply.body().get("text").asText() : "");
        }
        return "a " + reply.type();
    }

    private void complete(Client c, boolean ok, List<String> values, long completed, long completedAt) {
        Op op = c.outstanding;
        ClientOp done = new ClientOp(cluster.name(c.node), op.kind(), op.value() == null ? null : op.value().toString(),
                c.invoked, c.invokedAt, completed, completedAt, ok, values, op.last());
        synchronized (ops) {
            ops.add(done);
        }
        c.outstanding = null;
        op.done().complete(done);
        next(c);
    }

    /** The node is down: what waited for it will not happen. */
    void abandon(int node, String why) {
        Client c = clients.get(node);
        synchronized (c) {
            c.calls.values().forEach(call -> call.completeExceptionally(new IllegalStateException(why)));
            c.calls.clear();
            c.queue.forEach(op -> op.done().cancel(false));
            c.queue.clear();
            if (c.outstanding != null) {
                complete(c, false, List.of(), -1, -1);
            }
        }
    }

    /** Waits until no broadcast is queued or outstanding, or until {@code deadline} (µs on the clock). */
    void awaitBroadcasts(long deadline) throws InterruptedException {
        while (clock.now() < deadline) {
            boolean busy = false;
            for (Client c : clients) {
                synchronized (c) {
                    busy |= c.outstanding != null && c.outstanding.value() != null
                            || c.queue.stream().anyMatch(op -> op.value() != null);
                }
            }
            if (!busy) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    /** Sentences for nodes that left requests unanswered. */
    void report() {
        for (Client c : clients) {
            synchronized (c) {
                if (c.timeouts > 0) {
                    diagnostics.unanswered(cluster.name(c.node), cluster.name(c.node) + " did not answer " + c.timeouts
                            + " request" + (c.timeouts == 1 ? "" : "s") + " within " + timeout / 1000 + " ms");
                }
            }
        }
    }

    List<ClientOp> ops() {
        synchronized (ops) {
            return List.copyOf(ops);
        }
    }

    void close() {
        timer.shutdownNow();
    }

    private Client client(String id) {
        if (id.length() < 2 || id.charAt(0) != 'c') {
            return null;
        }
        try {
            int k = Integer.parseInt(id.substring(1));
            return k >= 0 && k < clients.size() ? clients.get(k) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
