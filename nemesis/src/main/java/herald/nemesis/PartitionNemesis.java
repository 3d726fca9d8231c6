package herald.nemesis;

import java.util.ArrayList;
import java.util.List;

/**
 * Partitions that come and go: after a gap, the network is cut in the shape asked for, for a
 * while, then heals; again until the window closes. The shapes are Jepsen's.
 */
final class PartitionNemesis implements Nemesis {

    /** The shapes by name, in the order {@code herald list} shows them; {@code any} picks one each time. */
    static final List<String> SHAPES =
            List.of("random-halves", "halves", "isolate", "bridge", "ring", "one-way", "any");

    @Override
    public boolean losesPackets(String value) {
        return true;
    }

    @Override
    public String name() {
        return "partition";
    }

    @Override
    public String description() {
        return "cuts the network in the SHAPE given for a while, heals, and again";
    }

    @Override
    public String parameter() {
        return "=random-halves (default) | halves (in node order) | isolate (one node alone) | bridge (two halves"
                + " and a node both hear) | ring (each node hears a majority, no two the same) | one-way (one half"
                + " deaf to the other) | any (a shape at random each time) | groups n1+n2/n3+n4+n5";
    }

    @Override
    public void validate(String value) {
        if (value != null && !SHAPES.contains(value)) {
            groups(value);
        }
    }

    /** A bridge or a ring needs a third node; {@code any} draws another shape on a smaller group. */
    @Override
    public int leastNodes(String value) {
        return "bridge".equals(value) || "ring".equals(value) ? 3 : 1;
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        String shape = value == null ? "random-halves" : value;
        int n = g.nodes().size();
        if (n < 2) {
            return List.of();
        }
        if (!SHAPES.contains(shape)) {
            Partition fixed = Partition.ofGroups("groups", groups(shape));
            List<String> unknown = new ArrayList<>(fixed.mentions());
            unknown.removeAll(g.nodes());
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("partition=" + shape + " names " + String.join(", ", unknown)
                        + ", not in the group (" + String.join(", ", g.nodes()) + ")");
            }
            List<String> left = new ArrayList<>(g.nodes());
            left.removeAll(fixed.mentions());
            if (!left.isEmpty()) {
                throw new IllegalArgumentException("partition=" + shape + " leaves out " + String.join(", ", left)
                        + ": put every node in a group");
            }
            return g.recurring(() -> fixed);
        }
        if (n < leastNodes(shape)) {
            throw new IllegalArgumentException("partition=" + shape + " needs at least " + leastNodes(shape)
                    + " nodes, got " + n);
        }
        return g.recurring(() -> cut(shape, g));
    }

    /** One partition of the named shape, drawn afresh. */
    private static Partition cut(String shape, Generation g) {
        List<String> order = g.shuffled();
        switch (shape) {
            case "any" -> {
                List<String> shapes = SHAPES.subList(0, SHAPES.size() - 1);
                String one = shapes.get(g.random().nextInt(shapes.size()));
                return g.nodes().size() < 3 && (one.equals("bridge") || one.equals("ring")) ? cut("halves", g)
                        : cut(one, g);
            }
            case "halves" -> {
                return Partition.ofGroups(shape, bisect(g.nodes()));
            }
            case "random-halves" -> {
                return Partition.ofGroups(shape, bisect(order));
            }
            case "isolate" -> {
                return Partition.ofGroups(shape, bisect(order.subList(0, 1), order.subList(1, order.size())));
            }
            case "bridge" -> {
                // The bridge is left out of both sides, so neither side holds a grudge against it.
                List<List<String>> sides = bisect(order.subList(1, order.size()));
                return Partition.ofGrudge(shape, Grudge.ofGroups(sides));
            }
            case "ring" -> {
                return Partition.ofGrudge(shape, Grudge.majoritiesRing(order));
            }
            case "one-way" -> {
                List<List<String>> halves = bisect(order);
                return Partition.ofGrudge(shape, Grudge.oneWay(halves.get(0), halves.get(1)));
            }
            default -> throw new IllegalArgumentException("unknown partition shape " + shape);
        }
    }

    /** Cut in two, the smaller half first, each half in the group's order (Jepsen's bisect). */
    static List<List<String>> bisect(List<String> nodes) {
        int half = nodes.size() / 2;
        return bisect(nodes.subList(0, half), nodes.subList(half, nodes.size()));
    }

    private static List<List<String>> bisect(List<String> a, List<String> b) {
        return List.of(Nodes.sorted(a), Nodes.sorted(b));
    }

    /** Groups written {@code n1+n2/n3+n4+n5}. */
    static List<List<String>> groups(String text) {
        String[] parts = text.split("/");
        if (parts.length < 2 && text.contains("+")) {
            throw new IllegalArgumentException("partition=" + text + " is one group; a partition needs at least two,"
                    + " separated by /: n1+n2/n3+n4");
        }
        if (parts.length < 2) {
            throw new IllegalArgumentException("unknown partition shape \"" + text + "\" (known: "
                    + String.join(", ", SHAPES) + "; or groups like n1+n2/n3+n4)");
        }
        List<List<String>> groups = new ArrayList<>();
        for (String part : parts) {
            groups.add(Parameters.nodes("partition", part));
        }
        Partition.ofGroups("groups", groups);
        return groups;
    }
}
