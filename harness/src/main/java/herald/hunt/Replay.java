package herald.hunt;

import herald.check.Specs;
import herald.history.Header;
import herald.node.Node;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.ScenarioFile;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A scenario file run again. The header and the history are made exactly as when the file was
 * kept, so a replay by the same Herald writes the same bytes.
 */
public final class Replay {

    private Replay() {
    }

    /** Runs the scenario of {@code file} with {@code protocol}; the history goes to {@code history} when not null. */
    public static Run run(ScenarioFile file, Protocol protocol, Path history) {
        return Run.simulate(file.scenario(), protocol, Specs.named(file.spec()), header(file, protocol), history,
                file.tracePackets());
    }

    /** The header a replay of {@code file} writes: a run kept with it replays byte for byte. */
    public static Header header(ScenarioFile file, Protocol protocol) {
        return Run.header(file.scenario(), protocol, Specs.named(file.spec()), file.nemesis());
    }

    /**
     * The protocol a file names: its {@code class}, loaded by {@code loader}, or else the protocol
     * Herald knows by its id.
     *
     * @throws IllegalArgumentException when neither is found
     */
    public static Protocol protocol(ScenarioFile file, ClassLoader loader) {
        if (file.nodeClass() == null) {
            return Protocols.named(file.scenario().protocol());
        }
        return Protocol.reference(file.scenario().protocol(), file.spec(), "the class " + file.nodeClass(), Set.of(),
                nodes(file.nodeClass(), loader));
    }

    /** New instances of the Node class called {@code name}, made by its constructor without arguments. */
    public static Supplier<Node> nodes(String name, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("no class " + name + " on the class path (give --classpath)");
        }
        if (!Node.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(name + " is not a herald.node.Node");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
        } catch (NoSuchMethodException | SecurityException e) {
            throw new IllegalArgumentException(name + " needs a constructor without arguments");
        }
        return () -> {
            try {
                return (Node) constructor.newInstance();
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(name + "() threw " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot make a " + name + ": " + e, e);
            }
        };
    }
}
