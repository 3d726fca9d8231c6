package herald.nemesis;

import herald.history.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * Partitions that come and go: after a gap, the nodes split into two random halves for a while,
 * then heal; again until the window closes.
 */
final class PartitionNemesis implements Nemesis {

    @Override
    public String name() {
        return "partition";
    }

    @Override
    public String description() {
        return "splits the nodes into two random halves for a while, heals, and again";
    }

    @Override
    public String parameter() {
        return "=halves (the only shape so far; the default)";
    }

    @Override
    public void validate(String value) {
        if (value != null && !value.equals("halves")) {
            throw new IllegalArgumentException("unknown partition shape \"" + value + "\" (known: halves)");
        }
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        List<ScheduledFault> faults = new ArrayList<>();
        long t = g.interval();
        while (t < g.window() && g.nodes().size() > 1) {
            long stop = Math.min(g.window(), t + g.interval());
            faults.add(new ScheduledFault(t, stop, new Partition("halves", randomHalves(g))));
            t = stop + g.interval();
        }
        return faults;
    }

    private static List<List<String>> randomHalves(Generation g) {
        List<String> order = Nemeses.shuffled(g.nodes(), g.random());
        int half = order.size() / 2;
        return List.of(sorted(order.subList(0, half)), sorted(order.subList(half, order.size())));
    }

    static List<String> sorted(List<String> nodes) {
        return nodes.stream().map(NodeId::new).sorted().map(NodeId::name).toList();
    }
}
