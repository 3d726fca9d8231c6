package herald.process;

import herald.maelstrom.Envelope;
import herald.realtime.FirstFailure;
import herald.realtime.ProcessControl;
import herald.realtime.RealTimeInjector;
import herald.realtime.RealTimeNetwork;
import herald.realtime.SharedRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * The processes of one run, one per node: started, fed, crashed, paused and restarted as the
 * nemesis says ({@link ProcessControl}; the {@link RealTimeInjector} decides who is down and who
 * is paused, this only acts), and the far end of Herald's network: a packet that arrives is
 * written to its node's stdin ({@link RealTimeNetwork.Endpoint}).
 *
 * <p>A process that ends on its own is a crash of its node, recorded with its exit code, and its
 * node stays down, as a node whose code failed does in the simulator; one that Herald killed (a
 * crash fault, the end of the run) is not reported again.
 */
final class Cluster implements ProcessControl, RealTimeNetwork.Endpoint, NodeProcess.Listener {

    /** Where a node's stdout lines go. */
    interface Lines {
        void line(int node, long number, String line);
    }

    /** What to do when a node goes down: give up what waited for it. */
    interface Lost {
        void lost(int node, String why);
    }

    private final class Slot {
        final int index;
        final String name;
        NodeProcess process;
        volatile boolean down;
        volatile String why = "is down";
        final StringBuilder earlierStderr = new StringBuilder();

        Slot(int index, String name) {
            this.index = index;
            this.name = name;
        }
    }

    private final List<String> command;
    private final Path dir;
    private final NodeProcess.Limits limits;
    private final SharedRecorder recorder;
    private final Diagnostics diagnostics;
    private final FirstFailure failures;
    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final AtomicLong messageIds = new AtomicLong();
    private Lines lines;
    private IntConsumer restarted;
    private Lost lost;
    private RealTimeInjector states;
    private volatile boolean stopping;

    Cluster(List<String> command, Path dir, List<String> names, NodeProcess.Limits limits, SharedRecorder recorder,
            Diagnostics diagnostics, FirstFailure failures) {
        this.command = List.copyOf(command);
        this.dir = dir;
        this.limits = limits;
        this.recorder = recorder;
        this.diagnostics = diagnostics;
        this.failures = failures;
        for (String name : names) {
            index.put(name, slots.size());
            slots.add(new Slot(slots.size(), name));
        }
    }

    /**
     * Where lines go, what to do for a node that restarted (send it init again), for one that
     * went down (give up what waited for it), and who decides who is down.
     */
    void wire(Lines lines, IntConsumer restarted, Lost lost, RealTimeInjector states) {
        this.lines = lines;
        this.restarted = restarted;
        this.lost = lost;
        this.states = states;
    }

    int size() {
        return slots.size();
    }

    String name(int node) {
        return slots.get(node).name;
    }

    /** The index of a node by name, or -1. */
    int indexOf(String name) {
        Integer k = index.get(name);
        return k == null ? -1 : k;
    }

    boolean up(int node) {
        return !stopping && !slots.get(node).down;
    }

    /** Why a node is down: "exited with code 1", "was crashed". */
    String why(int node) {
        return slots.get(node).why;
    }

    /** Starts node {@code node}'s process. */
    void start(int node) throws IOException {
        Slot slot = slots.get(node);
        slot.process = NodeProcess.start(slot.name, command, dir, limits, this);
        slot.down = false;
        slot.process.watchExit();
    }

    /** Writes a message to a node's stdin, with Maelstrom's unique top-level id. */
    void toNode(int node, Envelope message) {
        Slot slot = slots.get(node);
        if (!slot.down && slot.process != null) {
            slot.process.write(message.line(messageIds.getAndIncrement()));
        }
    }

    @Override
    public boolean arrive(int from, int to, Object payload, long packet) {
        if (!up(to)) {
            return false;
        }
        toNode(to, (Envelope) payload);
        return true;
    }

    // The nemesis.

    @Override
    public void crash(String node) {
        Slot slot = slots.get(index.get(node));
        slot.why = "was crashed";
        slot.down = true;
        slot.process.kill();
        lost.lost(slot.index, slot.why);
    }

    /**
     * Starts a fresh process; one that cannot be started fails the fault, since the history
     * already says the node came back.
     */
    @Override
    public void recover(String node, boolean paused) {
        Slot slot = slots.get(index.get(node));
        if (stopping) {
            return;
        }
        slot.earlierStderr.append(slot.process.stderr()).append("[restarted]\n");
        try {
            start(slot.index);
        } catch (IOException e) {
            throw new UncheckedIOException(node + " could not be restarted: " + e.getMessage(), e);
        }
        if (paused) {
            pause(node);
        }
        restarted.accept(slot.index);
    }

    @Override
    public void pause(String node) {
        Slot slot = slots.get(index.get(node));
        if (!slot.process.pause()) {
            diagnostics.add(node, "this machine has no kill command to pause " + node + " (SIGSTOP); it ran on");
        }
    }

    @Override
    public void resume(String node) {
        slots.get(index.get(node)).process.resume();
    }

    // What the processes do.

    @Override
    public void line(NodeProcess from, long number, String line) {
        lines.line(index.get(from.node()), number, line);
    }

    @Override
    public void diagnostic(NodeProcess from, String sentence, boolean often) {
        if (!often) {
            diagnostics.add(from.node(), sentence);
            recorder.log(from.node(), sentence);
        } else if (diagnostics.note(from.node(), sentence)) {
            recorder.log(from.node(), sentence);
        }
    }

    @Override
    public void breach(NodeProcess from, String sentence) {
        diagnostics.breach(from.node(), sentence);
        recorder.log(from.node(), sentence);
    }

    @Override
    public void exited(NodeProcess from, int code) {
        Slot slot = slots.get(index.get(from.node()));
        if (from.killed() || stopping || slot.process != from
                || !states.failed(slot.name, "the process exited with code " + code)) {
            return;
        }
        slot.why = "exited with code " + code;
        slot.down = true;
        from.awaitStderr(500);
        diagnostics.add(slot.name, slot.name + " exited with code " + code + " at "
                + recorder.clock().now() / 1000 + " ms" + tail(from.stderr()));
        lost.lost(slot.index, slot.why);
    }

    @Override
    public void failed(NodeProcess from, String what, Throwable cause) {
        failures.report(what, cause);
    }

    private static String tail(String stderr) {
        String trimmed = stderr.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        String[] lines = trimmed.split("\n");
        return "; its stderr ends: " + lines[lines.length - 1].strip();
    }

    /** Kills every process; what they do from now on is not reported. */
    void stop() {
        stopping = true;
        for (Slot slot : slots) {
            if (slot.process != null) {
                slot.process.kill();
            }
        }
    }

    /** Each node's stderr, over all its incarnations. */
    Map<String, String> stderr() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Slot slot : slots) {
            all.put(slot.name, slot.earlierStderr + (slot.process == null ? "" : slot.process.stderr()));
        }
        return all;
    }
}
