package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nodes take no steps while the fault lasts, as a process stopped by a long garbage
 * collection or a {@code SIGSTOP}: packets that reach them, timers that fall due and broadcasts
 * asked of them wait, and all happen, late, when the fault stops. Unlike a crash, nothing is lost
 * and the failure detector does not suspect them.
 *
 * @param nodes the nodes that pause
 */
public record Pause(List<String> nodes) implements Fault {

    public Pause {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a pause needs at least one node");
        }
    }

    @Override
    public String name() {
        return "pause";
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        nodes.forEach(detail.putArray("nodes")::add);
        return detail;
    }

    static Pause fromDetail(Detail d) {
        return new Pause(d.nodes("nodes"));
    }

    @Override
    public Set<String> mentions() {
        Set<String> all = new TreeSet<>(Nodes.ORDER);
        all.addAll(nodes);
        return all;
    }
}
