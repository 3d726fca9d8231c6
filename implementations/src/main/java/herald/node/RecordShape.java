package herald.node;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * What the codec needs to know of a record class, looked up by reflection once per class: its
 * components' names and declared types, their accessors, and its canonical constructor.
 */
final class RecordShape {

    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    private final Class<?> type;
    private final List<String> names;
    private final Type[] types;
    private final Method[] accessors;
    private final Constructor<?> canonical;
    private final String problem;

    private RecordShape(Class<?> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        names = Arrays.stream(components).map(RecordComponent::getName).toList();
        types = Arrays.stream(components).map(RecordComponent::getGenericType).toArray(Type[]::new);
        accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
        Constructor<?> constructor = null;
        String refusal = null;
        try {
            for (Method accessor : accessors) {
                accessor.setAccessible(true);
            }
            constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            refusal = e.toString();
        }
        canonical = constructor;
        problem = refusal;
    }

    /** The shape of {@code type}, which must be a record. */
    static RecordShape of(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        return SHAPES.get(type);
    }

    int size() {
        return names.size();
    }

    String name(int k) {
        return names.get(k);
    }

    boolean has(String name) {
        return names.contains(name);
    }

    Type type(int k) {
        return types[k];
    }

    /** The value of component {@code k} of {@code record}. */
    Object get(Record record, int k) {
        try {
            if (problem != null) {
                throw new IllegalAccessException(problem);
            }
            return accessors[k].invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException("cannot read " + names.get(k) + " of " + type.getName() + ": "
                    + (e instanceof InvocationTargetException ? e.getCause() : e), e);
        }
    }

    /** A new record of these component values, through the canonical constructor. */
    Record build(Object[] values) {
        try {
            if (problem != null) {
                throw new IllegalAccessException(problem);
            }
            return (Record) canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("cannot build a " + type.getSimpleName() + ": " + e.getCause(), e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot build a " + type.getSimpleName() + ": " + e, e);
        }
    }
}
