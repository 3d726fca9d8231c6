package herald.history;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The fields of one history line that Herald knows, read straight from the parser's tokens (no
 * tree is built for an ordinary event), and any others kept aside. A field of the wrong JSON type
 * is noted in {@link #mistake}, for the reader to report with the line.
 */
final class LineFields {

    Long i;
    Long t;
    String type;
    String node;
    String msg;
    String origin;
    String to;
    String from;
    String reason;
    String text;
    String action;
    String fault;
    String data;
    JsonNode dataTree;
    JsonNode detail;
    Long packet;
    Long healedAt;
    /** What is wrong with the line's fields, if anything: the first field of a wrong type, or named twice. */
    String mistake;
    ObjectNode others;
    /** One bit per known field read so far, as {@link #bit} numbers them. */
    private int seen;

    /** Reads the fields of the object whose START_OBJECT the parser is on, up to its END_OBJECT. */
    static LineFields read(JsonParser p) throws IOException {
        LineFields f = new LineFields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            f.once(field);
            switch (field) {
                case "i" -> f.i = f.integer(p, value, field);
                case "t" -> f.t = f.integer(p, value, field);
                case "packet" -> f.packet = f.integer(p, value, field);
                case "healed_at" -> f.healedAt = value == JsonToken.VALUE_NULL ? null : f.integer(p, value, field);
                case "type" -> f.type = f.string(p, value, field);
                case "node" -> f.node = f.string(p, value, field);
                case "msg" -> f.msg = f.string(p, value, field);
                case "origin" -> f.origin = f.string(p, value, field);
                case "to" -> f.to = f.string(p, value, field);
                case "from" -> f.from = f.string(p, value, field);
                case "reason" -> f.reason = f.string(p, value, field);
                case "text" -> f.text = f.string(p, value, field);
                case "action" -> f.action = f.string(p, value, field);
                case "fault" -> f.fault = f.string(p, value, field);
                case "data" -> {
                    if (value == JsonToken.VALUE_STRING) {
                        f.data = p.getText();
                    } else if (value != JsonToken.VALUE_NULL) {
                        f.dataTree = Json.EXACT.readTree(p);
                        f.data = f.dataTree.toString();
                    }
                }
                case "detail" -> f.detail = value == JsonToken.VALUE_NULL ? null : p.readValueAsTree();
                default -> {
                    if (f.others == null) {
                        f.others = Json.MAPPER.createObjectNode();
                    }
                    if (f.others.replace(field, p.readValueAsTree()) != null) {
                        f.twice(field);
                    }
                }
            }
        }
        return f;
    }

    /** Notes a known field named a second time: JSON leaves it to the reader which one counts, so none does. */
    private void once(String field) {
        int bit = bit(field);
        if (bit < 0) {
            return;
        }
        if ((seen & (1 << bit)) != 0) {
            twice(field);
        }
        seen |= 1 << bit;
    }

    private static int bit(String field) {
        return switch (field) {
            case "i" -> 0;
            case "t" -> 1;
            case "packet" -> 2;
            case "healed_at" -> 3;
            case "type" -> 4;
            case "node" -> 5;
            case "msg" -> 6;
            case "origin" -> 7;
            case "to" -> 8;
            case "from" -> 9;
            case "reason" -> 10;
            case "text" -> 11;
            case "action" -> 12;
            case "fault" -> 13;
            case "data" -> 14;
            case "detail" -> 15;
            default -> -1;
        };
    }

    private void twice(String field) {
        if (mistake == null) {
            mistake = "field \"" + field + "\" appears twice";
        }
    }

    private Long integer(JsonParser p, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            return p.getLongValue();
        }
        p.skipChildren();
        if (mistake == null) {
            mistake = "field \"" + field + "\" must be an integer, found " + describe(value);
        }
        return null;
    }

    private String string(JsonParser p, JsonToken value, String field) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        if (mistake == null) {
            mistake = "field \"" + field + "\" must be a string, found " + describe(value);
        }
        return null;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.toString();
        };
    }

    /** The data as JSON: the tree it was, or the string. */
    JsonNode dataAsTree() {
        return dataTree != null ? dataTree : data == null ? null : Json.MAPPER.getNodeFactory().textNode(data);
    }

    /** Every field of an event of an unknown type, known names first, for people to see. */
    ObjectNode all() {
        ObjectNode all = Json.MAPPER.createObjectNode();
        all.put("i", i.intValue());
        if (t == t.intValue()) {
            all.put("t", t.intValue());
        } else {
            all.put("t", t);
        }
        all.put("type", type);
        String[][] texts = {{"node", node}, {"msg", msg}, {"origin", origin}, {"to", to}, {"from", from},
            {"reason", reason}, {"text", text}, {"action", action}, {"fault", fault}};
        for (String[] field : texts) {
            if (field[1] != null) {
                all.put(field[0], field[1]);
            }
        }
        if (packet != null) {
            all.put("packet", packet);
        }
        if (dataTree != null) {
            all.set("data", dataTree);
        } else if (data != null) {
            all.put("data", data);
        }
        if (detail != null) {
            all.set("detail", detail);
        }
        if (others != null) {
            all.setAll(others);
        }
        return all;
    }
}
