package herald.node;

import herald.history.NodeId;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.List;

/** What a declared type says: its class, its type arguments, the box of a primitive. */
final class Types {

    private Types() {
    }

    static boolean textKeys(Class<?> key) {
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
    static Type argument(Type declared, Class<?> owner, int k) {
        if (declared instanceof ParameterizedType p && owner.isAssignableFrom(raw(p.getRawType()))
                && p.getActualTypeArguments().length > k) {
            return p.getActualTypeArguments()[k];
        }
        return Object.class;
    }

    static Class<?> box(Class<?> type) {
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
