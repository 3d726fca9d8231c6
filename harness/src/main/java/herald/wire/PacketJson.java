package herald.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.NodeId;
import herald.node.Packet;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Packets as JSON and back: records field by field, typed by their components' declared types,
 * with {@code "@type"} naming the class wherever the declared type leaves it open.
 *
 * <p>Values a packet may hold: records, strings, booleans, numbers, characters, enums,
 * {@link NodeId}s, lists, sets, maps and arrays of those, and null. Anything else (a mutable class
 * with fields, a lambda) is refused with a sentence naming it.
 */
public final class PacketJson {

    private static final String TYPE = "@type";
    private static final String VALUE = "@value";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ClassLoader classes;

    /** A codec that finds the classes a line names with {@code classes}. */
    public PacketJson(ClassLoader classes) {
        this.classes = classes;
    }

    /** The packet as JSON, its class in {@code "@type"}. */
    public ObjectNode encode(Packet packet) {
        return (ObjectNode) write(packet, Packet.class);
    }

    /**
     * The packet {@code json} holds.
     *
     * @throws IllegalArgumentException saying what in {@code json} is not a packet
     */
    public Packet decode(JsonNode json) {
        Object value = read(json, Packet.class);
        if (!(value instanceof Packet packet)) {
            throw new IllegalArgumentException("not a packet: " + json);
        }
        return packet;
    }

    // Writing.

    private JsonNode write(Object value, Type declared) {
        if (value == null) {
            return JSON.nullNode();
        }
        Class<?> raw = raw(declared);
        boolean exact = box(raw) == value.getClass();
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
            Type element = argument(declared, Collection.class, 0);
            collection.forEach(item -> array.add(write(item, element)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            return writeMap(map, argument(declared, Map.class, 0), argument(declared, Map.class, 1));
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

    private ObjectNode writeRecord(Record record, boolean named) {
        ObjectNode json = JSON.objectNode();
        if (named) {
            json.put(TYPE, record.getClass().getName());
        }
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object field;
            try {
                component.getAccessor().setAccessible(true);
                field = component.getAccessor().invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("cannot read " + component.getName() + " of "
                        + record.getClass().getName() + ": " + e, e);
            }
            json.set(component.getName(), write(field, component.getGenericType()));
        }
        return json;
    }

    private JsonNode writeMap(Map<?, ?> map, Type key, Type value) {
        if (textKeys(raw(key))) {
            ObjectNode json = JSON.objectNode();
            map.forEach((k, v) -> json.set(String.valueOf(k instanceof Enum<?> e ? e.name() : k), write(v, value)));
            return json;
        }
        ArrayNode pairs = JSON.arrayNode();
        map.forEach((k, v) -> pairs.addArray().add(write(k, key)).add(write(v, value)));
        return pairs;
    }

    private static ObjectNode tagged(Class<?> type, JsonNode value) {
        ObjectNode json = JSON.objectNode();
        json.put(TYPE, type.getName());
        json.set(VALUE, value);
        return json;
    }

    // Reading.

    private Object read(JsonNode json, Type declared) {
        if (json == null || json.isNull()) {
            if (raw(declared).isPrimitive()) {
                throw new IllegalArgumentException("a " + raw(declared) + " cannot be null");
            }
            return null;
        }
        if (json.isObject() && json.has(TYPE)) {
            Class<?> named = named(json.get(TYPE).asText(), raw(declared));
            if (json.has(VALUE) || named == NodeId.class) {
                return read(json.get(VALUE), named);
            }
            return readRecord(json, named);
        }
        Class<?> raw = box(raw(declared));
        if (raw == Object.class) {
            return untyped(json);
        }
        if (raw.isRecord() && raw != NodeId.class) {
            return readRecord(expect(json, json.isObject(), raw), raw);
        }
        if (raw.isArray()) {
            expect(json, json.isArray(), raw);
            Object array = Array.newInstance(raw.getComponentType(), json.size());
            for (int k = 0; k < json.size(); k++) {
                Array.set(array, k, read(json.get(k), raw.getComponentType()));
            }
            return array;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return readCollection(expect(json, json.isArray(), raw), raw, argument(declared, Collection.class, 0));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return readMap(json, raw, argument(declared, Map.class, 0), argument(declared, Map.class, 1));
        }
        return readPlain(json, raw);
    }

    private Object readPlain(JsonNode json, Class<?> type) {
        if (type == String.class) {
            return expect(json, json.isTextual(), type).asText();
        }
        if (type == Boolean.class) {
            return expect(json, json.isBoolean(), type).asBoolean();
        }
        if (type == Integer.class) {
            return expect(json, json.canConvertToInt(), type).intValue();
        }
        if (type == Long.class) {
            return expect(json, json.canConvertToLong(), type).longValue();
        }
        if (type == Short.class) {
            return (short) expect(json, json.canConvertToInt(), type).intValue();
        }
        if (type == Byte.class) {
            return (byte) expect(json, json.canConvertToInt(), type).intValue();
        }
        if (type == Double.class) {
            return expect(json, json.isNumber(), type).doubleValue();
        }
        if (type == Float.class) {
            return (float) expect(json, json.isNumber(), type).doubleValue();
        }
        if (type == Character.class) {
            return expect(json, json.isTextual() && json.asText().length() == 1, type).asText().charAt(0);
        }
        if (type == NodeId.class) {
            return new NodeId(expect(json, json.isTextual(), type).asText());
        }
        if (type.isEnum()) {
            return enumConstant(type, expect(json, json.isTextual(), type).asText());
        }
        throw new IllegalArgumentException("cannot read a " + type.getName() + " from a packet");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }

    /** A value whose type neither the line nor the declaration says: the plain JSON reading. */
    private Object untyped(JsonNode json) {
        if (json.isTextual()) {
            return json.asText();
        }
        if (json.isBoolean()) {
            return json.asBoolean();
        }
        if (json.isIntegralNumber()) {
            return json.canConvertToInt() ? (Object) json.intValue() : (Object) json.longValue();
        }
        if (json.isNumber()) {
            return json.doubleValue();
        }
        if (json.isArray()) {
            return readCollection(json, List.class, Object.class);
        }
        return readMap(json, Map.class, String.class, Object.class);
    }

    private Record readRecord(JsonNode json, Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int k = 0; k < components.length; k++) {
            types[k] = components[k].getType();
            JsonNode field = json.get(components[k].getName());
            try {
                values[k] = read(field, components[k].getGenericType());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + components[k].getName() + ": "
                        + e.getMessage(), e);
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return (Record) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("cannot build a " + type.getSimpleName() + ": " + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build a " + type.getSimpleName() + ": " + e, e);
        }
    }

    private Collection<Object> readCollection(JsonNode json, Class<?> type, Type element) {
        Collection<Object> items;
        if (SortedSet.class.isAssignableFrom(type)) {
            items = new TreeSet<>();
        } else if (Set.class.isAssignableFrom(type)) {
            items = new LinkedHashSet<>();
        } else {
            items = new ArrayList<>();
        }
        for (Iterator<JsonNode> it = json.elements(); it.hasNext(); ) {
            items.add(read(it.next(), element));
        }
        if (items instanceof SortedSet<Object> sorted) {
            return Collections.unmodifiableSortedSet(sorted);
        }
        return items instanceof Set<Object> set ? Collections.unmodifiableSet(set)
                : Collections.unmodifiableList((List<Object>) items);
    }

    private Map<Object, Object> readMap(JsonNode json, Class<?> type, Type key, Type value) {
        Map<Object, Object> map = SortedMap.class.isAssignableFrom(type) ? new TreeMap<>() : new LinkedHashMap<>();
        if (json.isObject()) {
            Class<?> keyType = box(raw(key));
            json.fields().forEachRemaining(field -> map.put(key(field.getKey(), keyType), read(field.getValue(), value)));
        } else {
            expect(json, json.isArray(), type);
            for (JsonNode pair : json) {
                expect(pair, pair.isArray() && pair.size() == 2, type);
                map.put(read(pair.get(0), key), read(pair.get(1), value));
            }
        }
        return map instanceof SortedMap<Object, Object> sorted ? Collections.unmodifiableSortedMap(sorted)
                : Collections.unmodifiableMap(map);
    }

    /** The class a line names, if it may be built here and fits where it goes. */
    private Class<?> named(String name, Class<?> declared) {
        Class<?> type;
        try {
            type = Class.forName(name, false, classes);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("unknown packet class " + name);
        }
        boolean buildable = type.isRecord() || type.isEnum() || type.isArray() || type == String.class
                || type == NodeId.class || Number.class.isAssignableFrom(type) && type.getName().startsWith("java.lang.")
                || type == Boolean.class || type == Character.class;
        if (!buildable || !box(declared).isAssignableFrom(type)) {
            throw new IllegalArgumentException(name + " cannot stand where a " + declared.getSimpleName() + " goes");
        }
        return type;
    }

    /** A map's key from its text in a JSON object. */
    private static Object key(String text, Class<?> type) {
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == NodeId.class) {
            return new NodeId(text);
        }
        if (type.isEnum()) {
            return enumConstant(type, text);
        }
        return text;
    }

    private static JsonNode expect(JsonNode json, boolean ok, Class<?> type) {
        if (!ok) {
            throw new IllegalArgumentException("expected a " + type.getSimpleName() + ", got " + json);
        }
        return json;
    }

    // Types.

    private static boolean textKeys(Class<?> key) {
        Class<?> k = box(key);
        return k == String.class || k == NodeId.class || k.isEnum() || k == Integer.class || k == Long.class;
    }

    /** The class behind a declared type: its erasure, a wildcard's upper bound, a variable's bound. */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        if (type instanceof GenericArrayType a) {
            return Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    /** The k-th type argument {@code declared} gives {@code owner} (List<Message> gives Message), or Object. */
    private static Type argument(Type declared, Class<?> owner, int k) {
        if (declared instanceof ParameterizedType p && owner.isAssignableFrom(raw(p.getRawType()))
                && p.getActualTypeArguments().length > k) {
            return p.getActualTypeArguments()[k];
        }
        return Object.class;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        if (type == float.class) {
            return Float.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == byte.class) {
            return Byte.class;
        }
        return Character.class;
    }
}
