package herald.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.check.Specs;
import herald.history.Json;
import herald.hunt.Budget;
import herald.hunt.Group;
import herald.hunt.Hunt;
import herald.hunt.NemesisMix;
import herald.hunt.Shrinker;
import herald.hunt.Target;
import herald.nemesis.NetworkSemantics;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How fast hunts go: scenarios searched per second for correct protocols (nothing to find, so
 * every scenario is run and checked), and for each mutant the time to its first violation from
 * several starting seeds, with the median, and the time to shrink it.
 */
public final class HuntBenchmark {

    /** Seeds apart between two starts, so that their searches do not overlap. */
    private static final long START_APART = 1_000_000;

    private HuntBenchmark() {
    }

    /**
     * @param protocols correct protocols to measure the search rate of
     * @param nodes the group size of those searches
     * @param tries scenarios per timed search
     * @param starts starting seeds per mutant
     * @param repeats timed repetitions of each search
     */
    public static ObjectNode measure(List<String> protocols, int nodes, int tries, int starts, int repeats) {
        ObjectNode json = Json.MAPPER.createObjectNode();
        ArrayNode rates = json.putArray("search");
        for (String id : protocols) {
            Protocol protocol = Protocols.named(id);
            Hunt hunt = new Hunt(new Target(protocol, Specs.named(protocol.spec()), null),
                    new NemesisMix(protocol, new Group(nodes, nodes), 10, NetworkSemantics.DEFAULT, false), 1,
                    Budget.tries(tries));
            Measure.Timing timing = Measure.time(1, repeats, () -> hunt.search(Hunt.Progress.NONE).runs());
            rates.addObject().put("protocol", id).put("nodes", nodes).put("broadcasts", 10).put("scenarios", tries)
                    .put("seconds", timing.medianSeconds()).put("scenarios_per_second", Math.round(timing.perSecond()));
        }
        ArrayNode mutants = json.putArray("mutants");
        for (Protocol mutant : Protocols.all().stream().filter(Protocol::mutant).toList()) {
            mutants.add(firstViolations(mutant, starts));
        }
        return json;
    }

    private static ObjectNode firstViolations(Protocol mutant, int starts) {
        Target target = new Target(mutant, Specs.named(mutant.spec()), mutant.breaks());
        NemesisMix mix = new NemesisMix(mutant, new Group(3, 5), 10, NetworkSemantics.DEFAULT, false);
        double[] seconds = new double[starts];
        double[] runs = new double[starts];
        double[] shrinking = new double[starts];
        int found = 0;
        for (int k = 0; k < starts; k++) {
            Hunt.Search search = new Hunt(target, mix, 1 + k * START_APART, Budget.time(Duration.ofSeconds(20)))
                    .search(Hunt.Progress.NONE);
            seconds[k] = search.seconds();
            runs[k] = search.runs();
            if (search.caught()) {
                found++;
                shrinking[k] = new Shrinker(target, true, 3000).shrink(search.found()).seconds();
            }
        }
        ObjectNode json = Json.MAPPER.createObjectNode();
        json.put("mutant", mutant.id());
        json.put("breaks", mutant.breaks());
        json.put("starts", starts);
        json.put("found", found);
        json.put("median_seconds_to_first_violation", median(seconds));
        json.put("median_runs_to_first_violation", median(runs));
        json.put("most_runs", Arrays.stream(runs).max().orElse(0));
        json.put("median_seconds_to_shrink", median(shrinking));
        return json;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    public static String describe(JsonNode f) {
        StringBuilder text = new StringBuilder("hunt:");
        for (JsonNode r : f.get("search")) {
            text.append(String.format("%n  search %-12s %d nodes, %d broadcasts: %,d scenarios in %.2f s = %,d scenarios/s",
                    r.get("protocol").asText(), r.get("nodes").asInt(), r.get("broadcasts").asInt(),
                    r.get("scenarios").asInt(), r.get("seconds").asDouble(), r.get("scenarios_per_second").asLong()));
        }
        text.append(String.format("%n  time to the first violation from %d starting seeds (3..5 nodes, the default mix):",
                f.get("mutants").isEmpty() ? 0 : f.get("mutants").get(0).get("starts").asInt()));
        for (JsonNode m : f.get("mutants")) {
            text.append(String.format("%n    %-24s %-18s found %d/%d, median %6.3f s, %,7.0f runs (most %,.0f); shrunk in %.3f s",
                    m.get("mutant").asText(), m.get("breaks").asText(), m.get("found").asInt(), m.get("starts").asInt(),
                    m.get("median_seconds_to_first_violation").asDouble(), m.get("median_runs_to_first_violation").asDouble(),
                    m.get("most_runs").asDouble(), m.get("median_seconds_to_shrink").asDouble()));
        }
        return text.toString();
    }
}
