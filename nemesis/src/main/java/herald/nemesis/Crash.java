package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;

/**
 * The nodes crash when the fault starts. In the crash-stop model they never come back; the
 * fault's stop only marks the end of the nemesis's activity.
 *
 * @param nodes the nodes that crash
 */
public record Crash(List<String> nodes) implements Fault {

    public Crash {
        nodes = List.copyOf(nodes);
    }

    @Override
    public String name() {
        return "crash";
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        nodes.forEach(detail.putArray("nodes")::add);
        return detail;
    }
}
