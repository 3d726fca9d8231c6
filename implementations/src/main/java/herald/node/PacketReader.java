package herald.node;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.NodeId;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reading a packet: each value by the type its record component declares, generics included. A
 * {@code "@type"} tag may name only a {@link Packet} or a plain value, where it fits; other records
 * are built only where a declaration names them.
 */
final class PacketReader {

    private final ClassLoader classes;
    /** The classes tags have named, by name: looking a class up by name costs more than reading a packet. */
    private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

    PacketReader(ClassLoader classes) {
        this.classes = classes;
    }

    /** Whether this reader looks classes up with {@code loader}. */
    boolean uses(ClassLoader loader) {
        return classes == loader;
    }

    Object read(JsonNode json, Type declared) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            if (Types.raw(declared).isPrimitive()) {
                throw new IllegalArgumentException("a " + Types.raw(declared) + " cannot be null");
            }
            return null;
        }
        if (json.isObject() && json.has(PacketCodec.TYPE)) {
            Class<?> named = named(json.get(PacketCodec.TYPE).asText(), Types.raw(declared));
            if (json.has(PacketCodec.VALUE) || named == NodeId.class) {
                return read(json.get(PacketCodec.VALUE), named);
            }
            return readRecord(json, named);
        }
        Class<?> raw = Types.box(Types.raw(declared));
        if (raw == Object.class) {
            return untyped(json);
        }
        if (raw.isRecord() && raw != NodeId.class) {
            return readRecord(expect(json, json.isObject(), raw), raw);
        }
        if (raw.isInterface() && !Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)) {
            throw new IllegalArgumentException("a " + raw.getSimpleName() + " names its class in \"" + PacketCodec.TYPE
                    + "\", got " + json);
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
            return readCollection(expect(json, json.isArray(), raw), raw, Types.argument(declared, Collection.class, 0));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return readMap(json, raw, Types.argument(declared, Map.class, 0), Types.argument(declared, Map.class, 1));
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
        RecordShape shape = RecordShape.of(type);
        for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals(PacketCodec.TYPE) && !shape.has(name)) {
                throw new IllegalArgumentException(type.getSimpleName() + " has no field " + name);
            }
        }
        Object[] values = new Object[shape.size()];
        for (int k = 0; k < values.length; k++) {
            if (!json.has(shape.name(k))) {       // the writer writes every field, a null one as null
                throw new IllegalArgumentException(type.getSimpleName() + " lacks its field " + shape.name(k));
            }
            try {
                values[k] = read(json.get(shape.name(k)), shape.type(k));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + shape.name(k) + ": "
                        + e.getMessage(), e);
            }
        }
        return shape.build(values);
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
            Class<?> keyType = Types.box(Types.raw(key));
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

    /** The class a tag names, if a tag may name it and it fits where it goes. */
    private Class<?> named(String name, Class<?> declared) {
        Class<?> type = loaded.get(name);
        if (type == null) {
            try {
                type = Class.forName(name, false, classes);
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalArgumentException("unknown packet class " + name);
            }
            loaded.put(name, type);
        }
        if (!nameable(type)) {
            throw new IllegalArgumentException("a tag names a packet or a plain value, not " + name);
        }
        if (!Types.box(declared).isAssignableFrom(type)) {
            throw new IllegalArgumentException(name + " cannot stand where a " + declared.getSimpleName() + " goes");
        }
        return type;
    }

    /** Whether a tag may name {@code type}: a packet record or enum, a plain value, an array of those. */
    static boolean nameable(Class<?> type) {
        if (type.isArray()) {
            return type.getComponentType().isPrimitive() || nameable(type.getComponentType());
        }
        return Packet.class.isAssignableFrom(type) && (type.isRecord() || type.isEnum()) || type == String.class
                || type == NodeId.class || type == Boolean.class || type == Character.class
                || Number.class.isAssignableFrom(type) && type.getName().startsWith("java.lang.");
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
}
