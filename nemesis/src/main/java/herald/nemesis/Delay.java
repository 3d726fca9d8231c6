package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A delay spike: some links, or every link to and from some nodes, become slow. Each packet on
 * them waits an extra time drawn uniformly from [extra/2, 3·extra/2].
 *
 * @param extra the mean extra delay, in microseconds
 * @param nodes slow nodes: every packet they send or receive is slow
 * @param links slow links; with {@code nodes}, at least one of the two is given
 */
public record Delay(long extra, List<String> nodes, List<Link> links) implements Fault {

    public Delay {
        if (extra <= 0) {
            throw new IllegalArgumentException("a delay spike needs a positive extra delay, got " + extra + " us");
        }
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
        if (nodes.isEmpty() && links.isEmpty()) {
            throw new IllegalArgumentException("a delay spike slows down some nodes or some links; name them");
        }
    }

    @Override
    public String name() {
        return "delay";
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode().put("extra", extra);
        Detail.putNodes(detail, "nodes", nodes);
        Detail.putLinks(detail, "links", links);
        return detail;
    }

    static Delay fromDetail(Detail d) {
        return new Delay(d.duration("extra", DelayNemesis.DEFAULT_EXTRA), d.nodes("nodes"), d.links("links"));
    }

    /** Whether packets from {@code from} to {@code to} are slowed down. */
    public boolean slows(String from, String to) {
        return nodes.contains(from) || nodes.contains(to) || links.contains(new Link(from, to));
    }

    @Override
    public Set<String> mentions() {
        Set<String> all = new TreeSet<>(Nodes.ORDER);
        all.addAll(nodes);
        all.addAll(Parameters.nodesOf(links));
        return all;
    }
}
