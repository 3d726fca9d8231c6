package herald.nemesis;

import java.util.List;

/** Pauses: K random nodes (or the named ones) take no steps for a while, then catch up; and again. */
final class PauseNemesis implements Nemesis {

    @Override
    public String name() {
        return "pause";
    }

    @Override
    public String description() {
        return "pauses K nodes for a while: their packets, timers and broadcasts wait and happen late; and again";
    }

    @Override
    public String parameter() {
        return "=K nodes picked at random, default 1; =n1+n2 exactly those nodes";
    }

    @Override
    public void validate(String value) {
        Parameters.countOrNodes(name(), value);
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        if (value != null && !Parameters.isCount(value)) {
            Pause fixed = new Pause(Parameters.nodes(name(), value));
            return g.recurring(() -> fixed);
        }
        int k = value == null ? 1 : Parameters.count(name(), value);
        if (k > g.nodes().size()) {
            throw new IllegalArgumentException("pause=" + k + " asks for more nodes than the " + g.nodes().size()
                    + " of the group");
        }
        return k == 0 ? List.of() : g.recurring(() -> new Pause(g.pick(k)));
    }
}
