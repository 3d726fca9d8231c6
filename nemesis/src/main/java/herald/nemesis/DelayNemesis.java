package herald.nemesis;

import java.util.List;

/**
 * Delay spikes: for a while, a node (all its packets, both ways) or a link (both directions)
 * becomes slow; then it recovers, and again. Without a target, each spike picks a random node or
 * a random link.
 */
final class DelayNemesis implements Nemesis {

    static final long DEFAULT_EXTRA = 50_000;

    /** What the parameter asks for: the extra delay, and the nodes or links when named. */
    private record Spike(long extra, List<String> nodes, List<Link> links) {

        static Spike parse(String value) {
            Parameters.Targeted t = Parameters.Targeted.parse(value);
            long extra = Parameters.duration("delay", t.value(), DEFAULT_EXTRA);
            if (extra <= 0) {
                throw new IllegalArgumentException("delay takes a positive duration, got \"" + t.value() + "\"");
            }
            if (t.target() == null) {
                return new Spike(extra, List.of(), List.of());
            }
            if (t.target().contains("-") || t.target().contains(">")) {
                return new Spike(extra, List.of(), Link.parseAll(t.target()));
            }
            return new Spike(extra, Parameters.nodes("delay", t.target()), List.of());
        }

        boolean targeted() {
            return !nodes.isEmpty() || !links.isEmpty();
        }
    }

    @Override
    public String name() {
        return "delay";
    }

    @Override
    public String description() {
        return "delay spikes: a random node or link becomes slow by EXTRA on average, for a while, and again";
    }

    @Override
    public String parameter() {
        return "=EXTRA duration, default 50ms; [=EXTRA]@n1+n2 those nodes; [=EXTRA]@n1-n2 that link";
    }

    @Override
    public void validate(String value) {
        Spike.parse(value);
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        Spike spike = Spike.parse(value);
        if (spike.targeted()) {
            Delay fixed = new Delay(spike.extra(), spike.nodes(), spike.links());
            return g.recurring(() -> fixed);
        }
        if (g.nodes().size() < 2) {
            return List.of();
        }
        return g.recurring(() -> {
            List<String> two = g.shuffled().subList(0, 2);
            if (g.random().nextBoolean()) {
                return new Delay(spike.extra(), List.of(two.get(0)), List.of());
            }
            String a = two.get(0);
            String b = two.get(1);
            return new Delay(spike.extra(), List.of(), List.of(new Link(a, b), new Link(b, a)));
        });
    }
}
