package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nodes crash when the fault starts: they take no more steps, and packets that reach them are
 * lost. Without {@code recover} they never come back (crash-stop) and the fault's stop only marks
 * the end of the nemesis's activity. With {@code recover} they restart when the fault stops, in
 * the crash-recovery model: each gets a fresh instance of its protocol that finds only what the
 * old one put in stable storage.
 *
 * @param nodes the nodes that crash
 * @param recover whether they restart at the fault's stop (only in a crash-recovery schedule)
 */
public record Crash(List<String> nodes, boolean recover) implements Fault {

    public Crash {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("a crash needs at least one node");
        }
    }

    /** A crash for good. */
    public Crash(List<String> nodes) {
        this(nodes, false);
    }

    @Override
    public String name() {
        return "crash";
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode();
        nodes.forEach(detail.putArray("nodes")::add);
        if (recover) {
            detail.put("recover", true);
        }
        return detail;
    }

    static Crash fromDetail(Detail d) {
        return new Crash(d.nodes("nodes"), d.flag("recover"));
    }

    @Override
    public Set<String> mentions() {
        Set<String> all = new TreeSet<>(Nodes.ORDER);
        all.addAll(nodes);
        return all;
    }
}
