package herald.maelstrom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;

/**
 * One Maelstrom message: {@code {"src": ..., "dest": ..., "body": {"type": ..., ...}}}, one line
 * of JSON on a node's stdin or stdout.
 *
 * @param src who sent it: a node ({@code n0}) or a client ({@code c1})
 * @param dest who it is for
 * @param body the payload; always has a string {@code type}
 */
public record Envelope(String src, String dest, ObjectNode body) {

    /** The destination reserved for a node's reports to Herald (deliveries), announced in {@code init}. */
    public static final String HERALD = "herald";

    /**
     * Reads numbers as they are written: a fraction as a decimal, not a double, so that a value a
     * client broadcasts ({@code 1e400}, {@code 0.1}) is echoed exactly, never as {@code Infinity}.
     */
    private static final ObjectMapper EXACT = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** A value written as JSON, its numbers exactly as written. */
    static JsonNode value(String json) throws JsonProcessingException {
        return EXACT.readTree(json);
    }

    /**
     * Reads one line.
     *
     * @throws IllegalArgumentException saying in a few words why the line is not a message
     */
    public static Envelope parse(String line) {
        JsonNode json;
        try {
            json = EXACT.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException(json == null || json.isMissingNode() ? "an empty line"
                    : "not a JSON object");
        }
        String src = text(json, "src");
        String dest = text(json, "dest");
        JsonNode body = json.get("body");
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("no \"body\" object");
        }
        if (!body.path("type").isTextual()) {
            throw new IllegalArgumentException("its body has no string \"type\"");
        }
        return new Envelope(src, dest, (ObjectNode) body);
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException("no \"" + field + "\" string");
        }
        return value.asText();
    }

    public String type() {
        return body.get("type").asText();
    }

    /** The body's {@code msg_id}, or null. */
    public Long msgId() {
        JsonNode id = body.get("msg_id");
        return id != null && id.canConvertToLong() ? id.longValue() : null;
    }

    /** The body's {@code in_reply_to}, or null. */
    public Long inReplyTo() {
        JsonNode id = body.get("in_reply_to");
        return id != null && id.canConvertToLong() ? id.longValue() : null;
    }

    /** The message as one line, without its newline. */
    public String line() {
        return line(-1);
    }

    /** The message as one line with Maelstrom's top-level {@code id} (when {@code id >= 0}), which nodes ignore. */
    public String line(long id) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        if (id >= 0) {
            json.put("id", id);
        }
        json.put("src", src);
        json.put("dest", dest);
        json.set("body", body);
        return json.toString();
    }

    /** A fresh body of type {@code type}. */
    public static ObjectNode body(String type) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("type", type);
        return body;
    }

    /** The body of a reply of type {@code type} to the request numbered {@code inReplyTo}. */
    public static ObjectNode reply(String type, long inReplyTo) {
        ObjectNode body = body(type);
        body.put("in_reply_to", inReplyTo);
        return body;
    }

    /** An error reply: {@code code} is one of {@link ErrorCode}'s, or 1000 and above for a node's own. */
    public static ObjectNode error(ErrorCode code, String text, long inReplyTo) {
        ObjectNode body = reply("error", inReplyTo);
        body.put("code", code.code());
        body.put("text", text);
        return body;
    }
}
