package herald.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.check.Checker;
import herald.check.Spec;
import herald.history.Header;
import herald.history.History;
import herald.history.HistoryReader;
import herald.history.HistorySink;
import herald.history.Json;
import herald.history.Recorder;
import herald.gossip.GossipParameters;
import herald.gossip.Mode;
import herald.measure.GossipExperiment;
import herald.measure.Measurement;
import herald.nemesis.NemesisOptions;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.runtime.RunStats;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.sim.Simulation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures {@code herald bench} reports. */
public final class Benchmarks {

    private Benchmarks() {
    }

    /** Simulated packets per second: {@code protocol} on {@code nodes} nodes, no faults, history discarded. */
    public static ObjectNode simulator(String protocolId, int nodes, int broadcasts, int repeats) {
        return simulator(protocolId, nodes, broadcasts, NemesisOptions.NONE, repeats);
    }

    /** Simulated packets per second under {@code nemesis}, history discarded. */
    public static ObjectNode simulator(String protocolId, int nodes, int broadcasts, NemesisOptions nemesis,
            int repeats) {
        Protocol protocol = Protocols.named(protocolId);
        Scenario scenario = ScenarioParameters.of(protocolId, nodes, broadcasts, nemesis).generate(1);
        long[] packets = new long[1];
        Measure.Timing timing = Measure.time(2, repeats, () -> {
            Recorder recorder = new Recorder(Header.of(scenario.nodes()), HistorySink.discard());
            RunStats stats = new Simulation(scenario, protocol::newNode, recorder, false).run();
            packets[0] = stats.packetsSent();
            return stats.packetsSent();
        });
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("protocol", protocolId);
        json.put("nodes", nodes);
        json.put("broadcasts", broadcasts);
        json.put("nemesis", nemesis.toString());
        json.put("packets_per_run", packets[0]);
        json.put("seconds_per_run", timing.medianSeconds());
        json.put("packets_per_second", Math.round(timing.perSecond()));
        return json;
    }

    public static String describeSimulator(JsonNode f) {
        return String.format("simulator: %s on %d nodes, %d broadcasts, nemesis %s: %,d packets in %.3f s = %,d packets/s",
                f.get("protocol").asText(), f.get("nodes").asInt(), f.get("broadcasts").asInt(), f.get("nemesis").asText(),
                f.get("packets_per_run").asLong(), f.get("seconds_per_run").asDouble(),
                f.get("packets_per_second").asLong());
    }

    /**
     * Reading a large synthetic history, and checking it against each spec, both timed; then each
     * property of those specs alone, so that one checker's cost is not hidden in its spec's.
     */
    public static ObjectNode checkers(Path file, int nodes, int messages, List<Spec> specs, int repeats)
            throws IOException {
        long deliveries = SyntheticHistory.write(file, nodes, messages, 7);
        Measure.Timing read = Measure.time(1, repeats, () -> HistoryReader.read(file).size());
        History history = HistoryReader.read(file);
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("nodes", nodes);
        json.put("deliveries", deliveries);
        json.put("events", history.size());
        json.put("file_bytes", Files.size(file));
        json.put("read_seconds", read.medianSeconds());
        ArrayNode checks = json.putArray("specs");
        for (Spec spec : specs) {
            Measure.Timing check = Measure.time(1, repeats, () -> {
                if (!spec.check(history).valid()) {
                    throw new IllegalStateException("the synthetic history should keep " + spec.name());
                }
                return deliveries;
            });
            ObjectNode c = checks.addObject();
            c.put("spec", spec.name());
            c.put("check_seconds", check.medianSeconds());
            c.put("deliveries_per_second", Math.round(check.perSecond()));
            c.put("check_to_read", check.medianSeconds() / read.medianSeconds());
            c.put("read_and_check_to_read", (read.medianSeconds() + check.medianSeconds()) / read.medianSeconds());
        }
        Map<String, Checker> properties = new LinkedHashMap<>();
        specs.forEach(spec -> spec.checkers().forEach(checker -> properties.putIfAbsent(checker.property(), checker)));
        ArrayNode alone = json.putArray("properties");
        for (Checker checker : properties.values()) {
            Measure.Timing check = Measure.time(1, repeats, () -> {
                if (!checker.check(history).valid()) {
                    throw new IllegalStateException("the synthetic history should keep " + checker.property());
                }
                return deliveries;
            });
            ObjectNode c = alone.addObject();
            c.put("property", checker.property());
            c.put("check_seconds", check.medianSeconds());
            c.put("deliveries_per_second", Math.round(check.perSecond()));
            c.put("check_to_read", check.medianSeconds() / read.medianSeconds());
        }
        return json;
    }

    /**
     * Gossip measured in synchronous rounds: {@code runs} runs of push-pull anti-entropy on
     * {@code nodes} nodes, the figure {@code herald gossip} needs to be quick (10,000 nodes and 100
     * runs in seconds). The median of {@code repeats} after one warm-up.
     */
    public static ObjectNode gossip(int nodes, int runs, int repeats) {
        GossipExperiment experiment = new GossipExperiment(GossipParameters.antiEntropy(Mode.PUSH_PULL), nodes, runs,
                0, 1, 10_000);
        long[] packets = new long[1];
        Measure.Timing timing = Measure.time(1, repeats, () -> {
            Measurement m = experiment.run();
            packets[0] = Math.round(m.packetsPerRumor().mean() * runs);
            return packets[0];
        });
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("mode", "push-pull");
        json.put("nodes", nodes);
        json.put("runs", runs);
        json.put("packets", packets[0]);
        json.put("seconds", timing.medianSeconds());
        json.put("packets_per_second", Math.round(timing.perSecond()));
        return json;
    }

    public static String describeGossip(JsonNode f) {
        return String.format("gossip: %s on %,d nodes, %d runs in synchronous rounds: %.2f s (%,d packets, %,d packets/s)",
                f.get("mode").asText(), f.get("nodes").asInt(), f.get("runs").asInt(), f.get("seconds").asDouble(),
                f.get("packets").asLong(), f.get("packets_per_second").asLong());
    }

    public static String describeCheckers(JsonNode f) {
        StringBuilder text = new StringBuilder(String.format(
                "history: %d nodes, %,d deliveries, %,d events, %,d bytes; reading it takes %.3f s",
                f.get("nodes").asInt(), f.get("deliveries").asLong(), f.get("events").asLong(),
                f.get("file_bytes").asLong(), f.get("read_seconds").asDouble()));
        for (JsonNode c : f.get("specs")) {
            text.append(String.format("%n  check %-14s %.3f s = %,d deliveries/s; check/read = %.2f, "
                            + "(read+check)/read = %.2f",
                    c.get("spec").asText(), c.get("check_seconds").asDouble(),
                    c.get("deliveries_per_second").asLong(), c.get("check_to_read").asDouble(),
                    c.get("read_and_check_to_read").asDouble()));
        }
        for (JsonNode c : f.path("properties")) {
            text.append(String.format("%n  property %-20s %.3f s = %,d deliveries/s; check/read = %.2f",
                    c.get("property").asText(), c.get("check_seconds").asDouble(),
                    c.get("deliveries_per_second").asLong(), c.get("check_to_read").asDouble()));
        }
        return text.toString();
    }
}
