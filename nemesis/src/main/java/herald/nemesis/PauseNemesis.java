package herald.nemesis;

import java.util.List;

/** Pauses: K random nodes (or the named ones) take no steps for a while, then catch up; and again. */
final class PauseNemesis extends NodesNemesis {

    @Override
    public String name() {
        return "pause";
    }

    @Override
    public String description() {
        return "pauses K nodes for a while: their packets, timers and broadcasts wait and happen late; and again";
    }

    /** As many nodes as it pauses at random at a time. */
    @Override
    public int leastNodes(String value) {
        return count(value);
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        if (!named(value).isEmpty()) {
            Pause fixed = new Pause(named(value));
            return g.recurring(() -> fixed);
        }
        int k = count(value);
        if (k > g.nodes().size()) {
            throw new IllegalArgumentException("pause=" + k + " asks for more nodes than the " + g.nodes().size()
                    + " of the group");
        }
        return k == 0 ? List.of() : g.recurring(() -> new Pause(g.pick(k)));
    }
}
