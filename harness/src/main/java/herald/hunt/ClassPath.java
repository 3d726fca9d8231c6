package herald.hunt;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where a node class of one's own is found, read the same way by {@code herald grade --classpath}
 * and {@code herald replay --classpath}, so that a grade's replay command finds what the grade
 * found: jars and folders, as Java reads them, and a little more: a folder stands for its classes
 * and for every jar in it ({@code deps/}), and {@code deps/*} for its jars alone.
 *
 * @param entries as given, in order
 */
public record ClassPath(List<String> entries) {

    public ClassPath {
        entries = List.copyOf(entries);
    }

    /** Entries separated by {@code :} ({@code ;} on Windows), as a command line gives them. */
    public static ClassPath parse(String text) {
        return new ClassPath(text == null ? List.of() : Arrays.stream(text.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).toList());
    }

    /** The folder or jar {@code type} was loaded from. */
    public static ClassPath of(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        try {
            if (source != null) {
                return new ClassPath(List.of(Path.of(source.getLocation().toURI()).toString()));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from: " + e, e);
        }
        throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from");
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Throws a sentence naming the first entry that does not exist. */
    public void check() {
        for (String entry : entries) {
            if (!Files.exists(Path.of(jarsOnly(entry) ? entry.substring(0, entry.length() - 1) : entry))) {
                throw new IllegalArgumentException("--classpath entry " + entry + " does not exist");
            }
        }
    }

    /**
     * A class loader that looks here before {@code parent}, so that each loader has its own copy of
     * the classes even when they are on Herald's class path too (a course repository's tests): a run
     * on a fresh loader starts from untouched static fields. The Node API (with the node ids it uses)
     * and the JDK always come from {@code parent}: a jar that bundles its own copy of Herald still
     * speaks to this Herald.
     */
    public URLClassLoader loader(ClassLoader parent) {
        List<URL> urls = new ArrayList<>();
        for (Path entry : paths()) {
            try {
                urls.add(entry.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--classpath entry " + entry + " is not a path: " + e.getMessage());
            }
        }
        return new ChildFirst(urls.toArray(URL[]::new), parent);
    }

    /** The entries as Java reads them: each folder, then the jars in it, sorted; for {@code folder/*}, its jars. */
    private List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        for (String entry : entries) {
            Path path = Path.of(jarsOnly(entry) ? entry.substring(0, entry.length() - 1) : entry);
            if (!jarsOnly(entry)) {
                paths.add(path);
            }
            if (Files.isDirectory(path)) {
                try (var jars = Files.list(path)) {
                    jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(paths::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
                }
            }
        }
        return paths;
    }

    private static boolean jarsOnly(String entry) {
        return entry.endsWith("*");
    }

    /** As a command line writes it. */
    @Override
    public String toString() {
        return String.join(File.pathSeparator, entries);
    }

    private static final class ChildFirst extends URLClassLoader {
        ChildFirst(URL[] urls, ClassLoader parent) {
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
}
