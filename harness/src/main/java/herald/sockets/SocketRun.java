package herald.sockets;

import herald.check.Spec;
import herald.check.Verdict;
import herald.history.Header;
import herald.history.History;
import herald.history.HistoryCollector;
import herald.history.HistorySink;
import herald.history.HistoryWriter;
import herald.history.Recorder;
import herald.protocol.Protocol;
import herald.realtime.Inconclusive;
import herald.realtime.SharedRecorder;
import herald.realtime.WallClock;
import herald.run.Run;
import herald.runtime.RunStats;
import herald.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** One run on real sockets, checked: the sockets-runtime counterpart of {@link Run#simulate}. */
public final class SocketRun {

    private SocketRun() {
    }

    /** The header of a run on the given network: the simulator's, with a wall clock and the network named. */
    public static Header header(Header simulated, Network network) {
        return simulated.withClock("wall")
                .with("runtime", "sockets")
                .with("transport", network.transport())
                .with("fault_layer", network.faultLayer());
    }

    /**
     * Runs {@code scenario} with {@code protocol} on {@code network}, checks the history against
     * {@code spec}, and, when {@code historyFile} is not null, writes the history there as it happens.
     *
     * @throws herald.realtime.Inconclusive when a fault could not be injected or a thread of the run
     *     failed (the history, without {@code end}, is not judged), or when the network was still busy at
     *     the end and only liveness properties were violated (whether every message would arrive cannot
     *     be judged)
     */
    public static Run run(Scenario scenario, Protocol protocol, Spec spec, Header header, Path historyFile,
            boolean tracePackets, Network network) {
        HistoryCollector memory = new HistoryCollector();
        HistorySink sink = historyFile == null ? memory : HistorySink.tee(HistoryWriter.create(historyFile), memory);
        SharedRecorder recorder = null;
        RunStats stats;
        String unsettled;
        try (Network.Wires wires = network.open(scenario)) {
            // The clock starts once the network is up, so that setting it up takes none of the run's time.
            recorder = new SharedRecorder(new Recorder(header, sink), new WallClock());
            SocketRuntime runtime = new SocketRuntime(scenario, protocol::newNode, recorder, tracePackets,
                    wires.transport(), wires.faults());
            stats = runtime.run();
            unsettled = runtime.unsettled();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the run", e);
        } finally {
            if (recorder != null) {
                recorder.close();
            } else {
                sink.close();
            }
        }
        History history = memory.history();
        Verdict verdict = spec.check(history);
        String why = inconclusive(unsettled, spec, verdict, history);
        if (why != null) {
            throw new Inconclusive(why, null);
        }
        return new Run(scenario, history, verdict, stats);
    }

    /**
     * Why a run's verdict cannot be trusted, or null: its network was still busy at the end
     * ({@code unsettled}) and only liveness properties were violated, so that more time might have
     * mended them. A valid run is valid however busy (a protocol with periodic digests is never
     * idle), and a broken safety property is broken: no wait could mend it. The price: a protocol
     * that chatters without end and loses a message is inconclusive here; the simulator judges it.
     */
    static String inconclusive(String unsettled, Spec spec, Verdict verdict, History history) {
        if (unsettled == null || !spec.onlyLivenessViolated(verdict)) {
            return null;
        }
        return "inconclusive run: " + unsettled + ", more than this machine carries in real time for "
                + history.nodeCount() + " nodes, so whether every message would arrive cannot be judged (only "
                + "liveness properties were violated; try fewer nodes or broadcasts, or the simulator)";
    }
}
