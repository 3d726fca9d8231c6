package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.history.Json;

/**
 * Every packet is lost with probability {@code p}, independently.
 *
 * @param p the probability of loss, in [0, 1]
 */
public record Loss(double p) implements Fault {

    public Loss {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a loss probability must be between 0 and 1, got " + p);
        }
    }

    @Override
    public String name() {
        return "loss";
    }

    @Override
    public ObjectNode detail() {
        return Json.MAPPER.createObjectNode().put("p", p);
    }
}
