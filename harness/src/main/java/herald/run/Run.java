package herald.run;

import herald.check.Spec;
import herald.check.Verdict;
import herald.history.Header;
import herald.history.History;
import herald.history.HistoryCollector;
import herald.history.HistorySink;
import herald.history.HistoryWriter;
import herald.history.Recorder;
import herald.node.Configured;
import herald.protocol.Protocol;
import herald.runtime.RunStats;
import herald.scenario.Scenario;
import herald.sim.Simulation;
import java.nio.file.Path;
import java.util.Map;

/**
 * One simulated run, checked: the scenario, the history it produced, the verdict.
 *
 * @param scenario what was run
 * @param history what happened
 * @param verdict what the spec says of it
 * @param stats packets and steps
 */
public record Run(Scenario scenario, History history, Verdict verdict, RunStats stats) {

    /**
     * Simulates {@code scenario} with {@code protocol}, checks the history against {@code spec},
     * and, when {@code historyFile} is not null, writes the history there as it happens.
     */
    public static Run simulate(Scenario scenario, Protocol protocol, Spec spec, Header header, Path historyFile,
            boolean tracePackets) {
        HistoryCollector memory = new HistoryCollector();
        HistorySink sink = historyFile == null ? memory : HistorySink.tee(HistoryWriter.create(historyFile), memory);
        Recorder recorder = new Recorder(header, sink);
        RunStats stats;
        try {
            stats = new Simulation(scenario, protocol::newNode, recorder, tracePackets).run();
        } finally {
            recorder.close();
        }
        History history = memory.history();
        return new Run(scenario, history, spec.check(history), stats);
    }

    /**
     * The header a simulated run writes: the group, the clock, and where the run came from,
     * including the settings of a {@link Configured} protocol (a gossip protocol's topology).
     */
    public static Header header(Scenario scenario, Protocol protocol, Spec spec, String nemesis) {
        Header header = Header.of(scenario.nodes())
                .withModel(scenario.schedule().model())
                .with("protocol", protocol.id())
                .with("spec", spec.name())
                .with("seed", scenario.seed())
                .with("nemesis", nemesis)
                .with("network", scenario.schedule().network().toString())
                .with("broadcasts", scenario.broadcasts().size())
                .with("herald", Version.VERSION);
        if (protocol.newNode() instanceof Configured configured) {
            for (Map.Entry<String, Object> field : configured.configuration(scenario.nodes()).entrySet()) {
                header = header.with(field.getKey(), field.getValue());
            }
        }
        return header;
    }

    public boolean valid() {
        return verdict.valid();
    }

    public long deliveries() {
        return history.events().stream().filter(e -> e instanceof herald.history.Event.Deliver).count();
    }
}
