package herald.diagram;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Header;
import herald.history.History;
import herald.history.HistoryCollector;
import herald.history.Json;
import herald.history.Recorder;
import java.util.List;

/**
 * A history told step by step, for tests: {@code Story.of("n1", "n2").broadcast("n1", "m1")
 * .deliver("n2", "m1", "n1").end()}. Each step happens one microsecond after the previous one,
 * unless {@link #at} moves the clock.
 */
public final class Story {

    private final HistoryCollector memory = new HistoryCollector();
    private final Recorder recorder;
    private long t;

    private Story(Header header) {
        recorder = new Recorder(header, memory);
    }

    public static Story of(String... nodes) {
        return new Story(Header.of(List.of(nodes)).with("protocol", "story").with("spec", "best-effort"));
    }

    /** A story whose header names {@code spec}. */
    public static Story checkedAs(String spec, String... nodes) {
        return new Story(Header.of(List.of(nodes)).with("protocol", "story").with("spec", spec));
    }

    public Story at(long time) {
        t = time;
        return this;
    }

    private long tick() {
        return t++;
    }

    public Story broadcast(String node, String msg) {
        recorder.broadcast(tick(), node, msg, "v-" + msg);
        return this;
    }

    public Story deliver(String node, String msg, String origin) {
        recorder.deliver(tick(), node, msg, origin, "v-" + msg);
        return this;
    }

    public Story send(String node, String to, long packet) {
        recorder.send(tick(), node, to, packet, Json.MAPPER.createObjectNode().put("kind", "Data"));
        return this;
    }

    public Story recv(String node, String from, long packet) {
        recorder.recv(tick(), node, from, packet);
        return this;
    }

    public Story drop(String node, String to, long packet, String reason) {
        recorder.drop(tick(), node, to, packet, reason);
        return this;
    }

    public Story crash(String node) {
        recorder.crash(tick(), node, null);
        return this;
    }

    public Story recover(String node) {
        recorder.recover(tick(), node);
        return this;
    }

    public Story log(String node, String text) {
        recorder.log(tick(), node, text);
        return this;
    }

    public Story partition(List<List<String>> groups) {
        JsonNode detail = Json.MAPPER.createObjectNode().put("shape", "halves")
                .set("groups", Json.MAPPER.valueToTree(groups));
        recorder.fault(tick(), "start", "partition", detail);
        return this;
    }

    public Story loss(double p) {
        recorder.fault(tick(), "start", "loss", Json.MAPPER.createObjectNode().put("p", p));
        return this;
    }

    public Story stop(String fault) {
        recorder.fault(tick(), "stop", fault, null);
        return this;
    }

    /** The history so far, without an end event. */
    public History unfinished() {
        return memory.history();
    }

    /** The history, ended (every fault stopped, the quiet period passed). */
    public History end() {
        recorder.end(tick(), null);
        return memory.history();
    }
}
