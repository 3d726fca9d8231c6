package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;
import java.util.List;
import java.util.Set;

/**
 * Every packet waits an extra time drawn uniformly from [0, {@code spread}], independently of
 * its neighbours, so later packets overtake earlier ones. On every link, or only on the chosen
 * ones. An ordered network refuses it (see {@link NetworkSemantics}).
 *
 * @param spread the largest extra delay, in microseconds
 * @param links the links it affects; empty means all of them
 */
public record Reorder(long spread, List<Link> links) implements Fault {

    /** The spread, in microseconds, when none is given. */
    public static final long DEFAULT_SPREAD = 10_000;


    public Reorder {
        if (spread <= 0) {
            throw new IllegalArgumentException("reorder needs a positive spread, got " + spread + " us");
        }
        links = List.copyOf(links);
    }

    /** Reordering on every link. */
    public Reorder(long spread) {
        this(spread, List.of());
    }

    @Override
    public String name() {
        return "reorder";
    }

    @Override
    public ObjectNode detail() {
        ObjectNode detail = Json.MAPPER.createObjectNode().put("spread", spread);
        Detail.putLinks(detail, "links", links);
        return detail;
    }

    static Reorder fromDetail(Detail d) {
        return new Reorder(d.duration("spread", DEFAULT_SPREAD), d.links("links"));
    }

    @Override
    public Set<String> mentions() {
        return Parameters.nodesOf(links);
    }
}
