package herald.grade;

import herald.node.Node;
import herald.protocol.Protocols;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A Java implementation to grade: a student's class implementing {@link Node}, found on a class
 * path, or one of Herald's own protocols by id (to calibrate the battery).
 *
 * <p>Each run loads the class afresh, in a class loader of its own, so that nothing a run leaves
 * in a static field is there for the next one: a run and its replay see the same class, untouched.
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
     * public constructor without arguments that returns. Throws a sentence saying what is wrong.
     */
    public void check() {
        if (protocol != null) {
            return;
        }
        for (String entry : classpath) {
            if (!Files.exists(Path.of(entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry))) {
                throw new IllegalArgumentException("--classpath entry " + entry + " does not exist");
            }
        }
        try (URLClassLoader loader = loader()) {
            constructor(loader).newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("the constructor of " + className + " threw " + e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalArgumentException("cannot make a " + className + ": " + e);
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
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries()) {
            try {
                urls.add(entry.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--classpath entry " + entry + " is not a path: " + e.getMessage());
            }
        }
        return new Isolated(urls.toArray(URL[]::new), Submission.class.getClassLoader());
    }

    /**
     * The class path's entries as Java reads them, and a little more: a folder stands for its
     * classes and for every jar in it ({@code deps/}), and {@code deps/*} for its jars.
     */
    private List<Path> entries() {
        List<Path> entries = new ArrayList<>();
        for (String entry : classpath) {
            boolean jarsOnly = entry.endsWith("*");
            Path path = Path.of(jarsOnly ? entry.substring(0, entry.length() - 1) : entry);
            if (!jarsOnly) {
                entries.add(path);
            }
            if (Files.isDirectory(path)) {
                try (var jars = Files.list(path)) {
                    jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(entries::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
                }
            }
        }
        return entries;
    }

    /**
     * A class loader that looks in the submission's class path before its parent, so that each run
     * gets its own copy of the submission's classes even when they are on Herald's class path too
     * (a course repository's tests). The Node API (with the node ids it uses) and the JDK always
     * come from the parent: a submission's jar that bundles its own copy of Herald still speaks to
     * this Herald.
     */
    private static final class Isolated extends URLClassLoader {
        Isolated(URL[] urls, ClassLoader parent) {
            super(urls, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
                    || name.startsWith("sun.") || name.startsWith("herald.node.")
                    || name.startsWith("herald.history.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> type = findLoadedClass(name);
                if (type == null) {
                    try {
                        type = findClass(name);
                    } catch (ClassNotFoundException notHere) {
                        return super.loadClass(name, resolve);
                    }
                }
                if (resolve) {
                    resolveClass(type);
                }
                return type;
            }
        }
    }

    private Constructor<? extends Node> constructor(ClassLoader loader) throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName(className, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("class " + className + " not found"
                    + (classpath.isEmpty() ? " (give --classpath with the jar or directory that has it)"
                            : " in --classpath " + String.join(java.io.File.pathSeparator, classpath)));
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
