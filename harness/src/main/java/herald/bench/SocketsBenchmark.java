package herald.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.check.Specs;
import herald.history.Event;
import herald.history.Json;
import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.broadcast.EagerReliableBroadcast;
import herald.nemesis.NemesisOptions;
import herald.node.Message;
import herald.node.Packet;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.NetworkModel;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.scenario.Timing;
import herald.sockets.Network;
import herald.sockets.SocketRun;
import herald.sockets.Wire;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sockets runtime's figures: how fast a packet is put on the wire and read back (JSON with
 * its type tags), and a burst of broadcasts on real UDP sockets: how long each takes from broadcast
 * to delivery at the other nodes, and how many packets a second the run carried while busy.
 */
public final class SocketsBenchmark {

    private SocketsBenchmark() {
    }

    public static ObjectNode measure(String protocolId, int nodes, int broadcasts, int repeats) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        Wire wire = new Wire("bench");
        Packet packet = new PerfectLinks.Data(17, new EagerReliableBroadcast.Data(
                new Message("n3-42", NodeId.of("n3"), "v42")));
        int perRound = 100_000;
        Measure.Timing codec = Measure.time(2, repeats, () -> {
            long bytes = 0;
            for (int k = 0; k < perRound; k++) {
                byte[] datagram = wire.encode(NodeId.of("n1"), packet);
                bytes += datagram.length;
                if (wire.decode(datagram) == null) {
                    throw new IllegalStateException("the wire lost a packet");
                }
            }
            return perRound;
        });
        json.put("wire_packets_per_second", Math.round(codec.perSecond()));
        json.put("wire_bytes_per_packet", wire.encode(NodeId.of("n1"), packet).length);

        burst(protocolId, nodes, Math.min(broadcasts, 50));
        Scenario scenario = burstScenario(protocolId, nodes, broadcasts);
        Run run = burst(protocolId, nodes, broadcasts);
        List<Long> latencies = new ArrayList<>();
        Map<String, Long> broadcastAt = new HashMap<>();
        long lastDelivery = 0;
        for (Event e : run.history().events()) {
            if (e instanceof Event.Broadcast b) {
                broadcastAt.put(b.msg(), b.t());
            } else if (e instanceof Event.Deliver d && !d.node().equals(d.origin())) {
                latencies.add(d.t() - broadcastAt.get(d.msg()));
                lastDelivery = Math.max(lastDelivery, d.t());
            }
        }
        Collections.sort(latencies);
        long first = scenario.broadcasts().isEmpty() ? 0 : scenario.broadcasts().get(0).at();
        double busy = Math.max(1, lastDelivery - first) / 1e6;
        json.put("protocol", protocolId);
        json.put("nodes", nodes);
        json.put("broadcasts", scenario.broadcasts().size());
        json.put("valid", run.valid());
        json.put("packets", run.stats().packetsSent());
        json.put("busy_seconds", busy);
        json.put("packets_per_second", Math.round(run.stats().packetsSent() / busy));
        json.put("latency_median_us", latencies.isEmpty() ? 0 : latencies.get(latencies.size() / 2));
        json.put("latency_p99_us", latencies.isEmpty() ? 0 : latencies.get(latencies.size() * 99 / 100));
        return json;
    }

    /** {@code broadcasts} broadcasts within 0.2 s, then a second for the protocol to finish. */
    private static Scenario burstScenario(String protocolId, int nodes, int broadcasts) {
        return new ScenarioParameters(protocolId, nodes, broadcasts, NemesisOptions.NONE,
                new Timing(200_000, 1_000_000), 250_000, NetworkModel.DEFAULT).generate(1);
    }

    /** One burst on real UDP sockets; the first, untimed, warms the JVM up. */
    private static Run burst(String protocolId, int nodes, int broadcasts) {
        Protocol protocol = Protocols.named(protocolId);
        Scenario scenario = burstScenario(protocolId, nodes, broadcasts);
        var spec = Specs.named(protocol.spec());
        return SocketRun.run(scenario, protocol, spec,
                SocketRun.header(Run.header(scenario, protocol, spec, "none"), Network.udp()), null, false,
                Network.udp());
    }

    public static String describe(JsonNode f) {
        return String.format("sockets: the wire encodes and decodes %,d packets/s (%d bytes each)%n"
                + "sockets: %s on %d nodes over UDP, %d broadcasts in 0.2 s: %,d packets in %.3f s = %,d packets/s; "
                + "broadcast to delivery: median %.1f ms, p99 %.1f ms; %s",
                f.get("wire_packets_per_second").asLong(), f.get("wire_bytes_per_packet").asInt(),
                f.get("protocol").asText(), f.get("nodes").asInt(), f.get("broadcasts").asInt(),
                f.get("packets").asLong(), f.get("busy_seconds").asDouble(), f.get("packets_per_second").asLong(),
                f.get("latency_median_us").asLong() / 1000.0, f.get("latency_p99_us").asLong() / 1000.0,
                f.get("valid").asBoolean() ? "valid" : "INVALID");
    }
}
