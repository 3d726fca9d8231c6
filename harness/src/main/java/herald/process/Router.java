package herald.process;

import herald.maelstrom.Envelope;
import herald.realtime.RealTimeNetwork;
import herald.realtime.SharedRecorder;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads what a node writes and sends it where it is addressed: to another node through Herald's
 * network (and so through the nemesis), to a client, or to Herald itself (a delivery report).
 *
 * <p>A line that is not a message is reported with the node, the line number and the line, and
 * the node goes on being read: Maelstrom itself would mute such a node for the rest of the run. A
 * message is always taken as coming from the process that wrote it; a wrong {@code src} is
 * reported once.
 */
final class Router implements Cluster.Lines {

    private final Cluster cluster;
    private final RealTimeNetwork network;
    private final Clients clients;
    private final Deliveries deliveries;
    private final Diagnostics diagnostics;
    private final SharedRecorder recorder;
    private final Set<String> wrongSources = ConcurrentHashMap.newKeySet();

    Router(Cluster cluster, RealTimeNetwork network, Clients clients, Deliveries deliveries, Diagnostics diagnostics,
            SharedRecorder recorder) {
        this.cluster = cluster;
        this.network = network;
        this.clients = clients;
        this.deliveries = deliveries;
        this.diagnostics = diagnostics;
        this.recorder = recorder;
    }

    @Override
    public void line(int from, long number, String line) {
        String node = cluster.name(from);
        if (!cluster.up(from)) {
            return;
        }
        Envelope message;
        try {
            message = Envelope.parse(line);
        } catch (IllegalArgumentException e) {
            if (line.isBlank()) {
                return;
            }
            String sentence = node + " line " + number + " is " + (e.getMessage().equals("not JSON") ? "not JSON"
                    : "not a message (" + e.getMessage() + ")") + ": " + NodeProcess.quote(line);
            if (diagnostics.note(node, sentence)) {
                recorder.log(node, sentence);
            }
            return;
        }
        if (!message.src().equals(node) && wrongSources.add(node)) {
            diagnostics.add(node, node + " line " + number + " says it comes from \"" + message.src()
                    + "\"; Herald takes every line " + node + " writes as coming from " + node);
        }
        String dest = message.dest();
        int to = cluster.indexOf(dest);
        if (to >= 0) {
            network.send(from, to, new Envelope(node, dest, message.body()), message.body());
        } else if (dest.equals(Envelope.HERALD)) {
            if (message.type().equals("deliver")) {
                deliveries.reported(node, message.body());
            } else {
                diagnostics.note(node, node + " line " + number + " sends herald a \"" + message.type()
                        + "\"; Herald only takes \"deliver\" reports");
            }
        } else if (dest.startsWith("c")) {
            clients.reply(node, message);
        } else {
            diagnostics.note(node, node + " line " + number + " is addressed to \"" + dest
                    + "\", which is no node, client or herald");
        }
    }
}
