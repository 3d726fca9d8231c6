package herald.grade;

import herald.hunt.ClassPath;
import herald.node.Node;
import herald.node.Settling;
import herald.protocol.Protocols;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.util.List;
import java.util.function.Supplier;

/**
 * A Java implementation to grade: a student's class implementing {@link Node}, found on a class
 * path, or one of Herald's own protocols by id (to calibrate the battery).
 *
 * <p>Each run loads the class afresh, in a class loader of its own ({@link ClassPath#loader}), so
 * that nothing a run leaves in a static field is there for the next one: a run and its replay see
 * the same class, untouched.
 *
 * @param className the class's binary name, or null for a protocol
 * @param classpath where the class and what it needs are: jars, folders of classes (and the jars in
 *     them), {@code folder/*} for the jars alone; empty: Herald's own
 * @param protocol a Herald protocol's id, or null for a class
 */
public record Submission(String className, List<String> classpath, String protocol) {

    public Submission {
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
        if ((className == null) == (protocol == null)) {
            throw new IllegalArgumentException("a submission is a class or a protocol");
        }
    }

    public static Submission ofClass(String className, List<String> classpath) {
        return new Submission(className, classpath, null);
    }

    public static Submission ofProtocol(String id) {
        Protocols.named(id);
        return new Submission(null, List.of(), id);
    }

    /** Its name in scores and headers. */
    public String name() {
        return className != null ? className : protocol;
    }

    /**
     * Checks that the class can be graded: found, a concrete class implementing {@link Node}, with a
     * public constructor without arguments. Throws a sentence saying what is wrong. It neither
     * initializes the class nor makes one: the class's own code (a static initializer that starts a
     * process, a constructor that loops or exits) runs only in the JVM it is graded in, where the
     * battery's limits hold, never in the JVM that reports the grade.
     */
    public void check() {
        if (protocol != null) {
            return;
        }
        classPath().check();
        try (URLClassLoader loader = loader()) {
            constructor(loader);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("cannot make a " + className + ": " + e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether its nodes say how long they need to settle after the heal (they implement {@link
     * Settling}); told of a class without initializing it, as {@link #check} is.
     */
    public boolean settles() {
        if (protocol != null) {
            return Protocols.named(protocol).newNode() instanceof Settling;
        }
        try (URLClassLoader loader = loader()) {
            return Settling.class.isAssignableFrom(Class.forName(className, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A factory of fresh nodes for one run. For a class, a new class loader; close the returned
     * factory's loader with {@link Fresh#close} when the run is over.
     */
    Fresh fresh() {
        if (protocol != null) {
            var factory = Protocols.named(protocol).factory();
            return new Fresh(factory::get, null);
        }
        URLClassLoader loader = loader();
        try {
            Constructor<? extends Node> make = constructor(loader);
            return new Fresh(() -> {
                try {
                    return make.newInstance();
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("the constructor of " + className + " threw " + e.getCause(),
                            e.getCause());
                } catch (ExceptionInInitializerError e) {
                    throw new IllegalStateException("the static initializer of " + className + " threw "
                            + e.getCause(), e.getCause());
                } catch (LinkageError e) {
                    throw new IllegalStateException("cannot make a " + className + ": " + e
                            + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), e);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot make a " + className + ": " + e, e);
                }
            }, loader);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("cannot load " + className + ": " + e);
        }
    }

    /** Nodes for one run, and the class loader to close after it (null for Herald's protocols). */
    record Fresh(Supplier<Node> nodes, URLClassLoader loader) implements AutoCloseable {
        @Override
        public void close() {
            if (loader != null) {
                try {
                    loader.close();
                } catch (IOException ignored) {
                    // A loader that cannot close its jars leaks a file handle until the JVM ends; nothing else.
                }
            }
        }
    }

    private URLClassLoader loader() {
        return classPath().loader(Submission.class.getClassLoader());
    }

    /** Where the class is, as {@code --classpath} reads it. */
    public ClassPath classPath() {
        return new ClassPath(classpath);
    }

    private Constructor<? extends Node> constructor(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("class " + className + " not found"
                    + (classpath.isEmpty() ? " (give --classpath with the jar or directory that has it)"
                            : " in --classpath " + classPath()));
        }
        if (!Node.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(className + " does not implement herald.node.Node");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(className + " is abstract: give the concrete class");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(className + " has no public constructor without arguments");
        }
        constructor.setAccessible(true);
        return cast(constructor);
    }

    @SuppressWarnings("unchecked")
    private static Constructor<? extends Node> cast(Constructor<?> constructor) {
        return (Constructor<? extends Node>) constructor;
    }
}
