package herald.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One connection to a browser's Chrome DevTools Protocol endpoint: JSON commands with an
 * {@code id} go out over a WebSocket, and the answer with the same {@code id} comes back among
 * the events the browser pushes (console messages, page loads), which are kept in arrival order.
 *
 * <p>The JDK's WebSocket calls the listener on its own thread; everything else happens on the
 * caller's thread, which takes messages from a queue.
 */
final class DevTools implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private final List<JsonNode> events = new ArrayList<>();
    private final WebSocket socket;
    private int nextId = 1;

    private DevTools(URI endpoint, Duration timeout) throws IOException {
        try {
            this.socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(endpoint, this).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while connecting to " + endpoint, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot connect to the browser at " + endpoint + ": " + e.getMessage(), e);
        }
    }

    static DevTools connect(URI endpoint, Duration timeout) throws IOException {
        return new DevTools(endpoint, timeout);
    }

    /** Sends a command (to a page's session, or to the browser when {@code session} is null) and waits for its result. */
    JsonNode call(String session, String method, ObjectNode params, Duration timeout) throws IOException {
        int id = nextId++;
        ObjectNode message = Json.MAPPER.createObjectNode().put("id", id).put("method", method);
        message.set("params", params == null ? Json.MAPPER.createObjectNode() : params);
        if (session != null) {
            message.put("sessionId", session);
        }
        socket.sendText(Json.line(message), true).join();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode reply = take(deadline, method);
            if (reply.has("id") && reply.get("id").asInt() == id) {
                if (reply.has("error")) {
                    throw new IOException(method + " failed: " + reply.get("error").path("message").asText());
                }
                return reply.path("result");
            }
            events.add(reply);
        }
    }

    /** Waits for an event {@code method} of {@code session} that has not been seen yet, and returns it. */
    JsonNode await(String session, String method, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < events.size(); seen++) {
                JsonNode event = events.get(seen);
                if (method.equals(event.path("method").asText()) && session.equals(event.path("sessionId").asText())) {
                    events.remove(seen);
                    return event;
                }
            }
            events.add(take(deadline, method));
        }
    }

    /** The events received so far, in order, after taking in whatever has arrived. */
    List<JsonNode> events() {
        JsonNode message;
        while ((message = inbox.poll()) != null) {
            events.add(message);
        }
        return List.copyOf(events);
    }

    private JsonNode take(long deadline, String waitingFor) throws IOException {
        try {
            JsonNode message = inbox.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new IOException("the browser did not answer " + waitingFor + " in time");
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + waitingFor, e);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try {
                inbox.add(Json.MAPPER.readTree(partial.toString()));
            } catch (IOException e) {
                inbox.add(Json.MAPPER.createObjectNode().put("method", "herald.unreadable").put("text", e.getMessage()));
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        socket.abort();
    }
}
