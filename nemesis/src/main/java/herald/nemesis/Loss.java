package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;
import java.util.Set;

/**
 * Every packet is lost with probability {@code p}, independently: on every link, or only on the
 * chosen ones.
 *
 * @param p the probability of loss, in [0, 1]
 * @param links the links it affects; empty means all of them
 */
public record Loss(double p, List<Link> links) implements Fault {

    /** The probability when none is given. */
    public static final double DEFAULT_P = 0.1;


    public Loss {
        Parameters.checkProbability("loss", p);
        links = List.copyOf(links);
    }

    /** Loss on every link. */
    public Loss(double p) {
        this(p, List.of());
    }

    @Override
    public boolean losesPackets() {
        return p > 0;
    }

    @Override
    public String name() {
        return "loss";
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode().put("p", p);
        Detail.putLinks(detail, "links", links);
        return detail;
    }

    static Loss fromDetail(Detail d) {
        return new Loss(d.probability("p", DEFAULT_P), d.links("links"));
    }

    @Override
    public Set<String> mentions() {
        return Parameters.nodesOf(links);
    }
}
