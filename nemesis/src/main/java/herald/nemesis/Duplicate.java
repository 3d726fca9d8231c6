package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;
import java.util.Set;

/**
 * Every packet is duplicated with probability {@code p}: a copy arrives some time after the
 * original, as when a sender's retransmission races its own first attempt. On every link, or
 * only on the chosen ones.
 *
 * @param p the probability that a packet is duplicated, in [0, 1]
 * @param links the links it affects; empty means all of them
 */
public record Duplicate(double p, List<Link> links) implements Fault {

    /** The probability when none is given. */
    public static final double DEFAULT_P = 0.05;


    public Duplicate {
        Parameters.checkProbability("duplicate", p);
        links = List.copyOf(links);
    }

    /** Duplication on every link. */
    public Duplicate(double p) {
        this(p, List.of());
    }

    @Override
    public String name() {
        return "duplicate";
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode().put("p", p);
        Detail.putLinks(detail, "links", links);
        return detail;
    }

    static Duplicate fromDetail(Detail d) {
        return new Duplicate(d.probability("p", DEFAULT_P), d.links("links"));
    }

    @Override
    public Set<String> mentions() {
        return Parameters.nodesOf(links);
    }
}
