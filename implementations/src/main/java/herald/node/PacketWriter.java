package herald.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.NodeId;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

/** Writing a packet: a record field by field, tagged with its class where the declaration leaves it open. */
final class PacketWriter {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PacketWriter() {
    }

    static JsonNode write(Object value, Type declared) {
        if (value == null) {
            return JSON.nullNode();
        }
        Class<?> raw = Types.raw(declared);
        boolean exact = Types.box(raw) == value.getClass();
        if (value instanceof String s) {
            return JSON.textNode(s);
        }
        if (value instanceof Boolean b) {
            return JSON.booleanNode(b);
        }
        if (value instanceof Record && !(value instanceof NodeId)) {
            return writeRecord((Record) value, !exact);
        }
        if (value instanceof Collection<?> collection) {
            ArrayNode array = JSON.arrayNode();
            Type element = Types.argument(declared, Collection.class, 0);
            collection.forEach(item -> array.add(write(item, element)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            return writeMap(map, Types.argument(declared, Map.class, 0), Types.argument(declared, Map.class, 1));
        }
        if (value.getClass().isArray()) {
            ArrayNode array = JSON.arrayNode();
            Class<?> element = value.getClass().getComponentType();
            for (int k = 0; k < Array.getLength(value); k++) {
                array.add(write(Array.get(value, k), element));
            }
            return exact ? array : tagged(value.getClass(), array);
        }
        JsonNode plain = plain(value);
        return exact ? plain : tagged(value.getClass(), plain);
    }

    private static JsonNode plain(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return JSON.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return JSON.numberNode(l);
        }
        if (value instanceof Double || value instanceof Float) {
            return JSON.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof Character c) {
            return JSON.textNode(c.toString());
        }
        if (value instanceof NodeId id) {
            return JSON.textNode(id.name());
        }
        if (value instanceof Enum<?> e) {
            return JSON.textNode(e.name());
        }
        throw new IllegalArgumentException("cannot put a " + value.getClass().getName() + " in a packet: packets "
                + "hold records, strings, numbers, booleans, enums, node ids, and collections of those");
    }

    private static ObjectNode writeRecord(Record record, boolean named) {
        ObjectNode json = JSON.objectNode();
        if (named) {
            json.put(PacketCodec.TYPE, nameable(record.getClass()).getName());
        }
        RecordShape shape = RecordShape.of(record.getClass());
        for (int k = 0; k < shape.size(); k++) {
            json.set(shape.name(k), write(shape.get(record, k), shape.type(k)));
        }
        return json;
    }

    private static JsonNode writeMap(Map<?, ?> map, Type key, Type value) {
        if (Types.textKeys(Types.raw(key))) {
            ObjectNode json = JSON.objectNode();
            map.forEach((k, v) -> json.set(String.valueOf(k instanceof Enum<?> e ? e.name() : k), write(v, value)));
            return json;
        }
        ArrayNode pairs = JSON.arrayNode();
        map.forEach((k, v) -> pairs.addArray().add(write(k, key)).add(write(v, value)));
        return pairs;
    }

    /** {@code type}, when a reader will take a tag naming it: refused here, not at the other end. */
    private static Class<?> nameable(Class<?> type) {
        if (!PacketReader.nameable(type)) {
            throw new IllegalArgumentException("cannot put a " + type.getName() + " where its declaration does not "
                    + "name it: only packets and plain values carry their class in a packet");
        }
        return type;
    }

    private static ObjectNode tagged(Class<?> type, JsonNode value) {
        ObjectNode json = JSON.objectNode();
        json.put(PacketCodec.TYPE, nameable(type).getName());
        json.set(PacketCodec.VALUE, value);
        return json;
    }
}
