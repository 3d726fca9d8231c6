package herald.hunt;

import herald.nemesis.NemesisOptions;
import herald.scenario.ScenarioParameters;
import herald.sim.Dice;
import java.util.SplittableRandom;

/** The scenarios of one nemesis, as {@code --nemesis} gives it: the same faults, drawn anew for each seed. */
public final class FixedNemesis implements ScenarioSource {

    private final String protocol;
    private final Group group;
    private final int broadcasts;
    private final NemesisOptions nemesis;

    public FixedNemesis(String protocol, Group group, int broadcasts, NemesisOptions nemesis) {
        this.protocol = protocol;
        this.group = group;
        this.broadcasts = broadcasts;
        this.nemesis = nemesis;
    }

    @Override
    public Case draw(long seed) {
        int nodes = group.draw(new SplittableRandom(Dice.hash(seed, Dice.Purpose.HUNT_GROUP, 0, 0, 0)));
        return new Case(ScenarioParameters.of(protocol, nodes, broadcasts, nemesis).generate(seed), nemesis.toString());
    }

    @Override
    public String toString() {
        return nemesis.toString();
    }
}
