package herald.hunt;

import herald.nemesis.Crash;
import herald.nemesis.NemesisOptions;
import herald.nemesis.NetworkSemantics;
import herald.nemesis.ScheduledFault;
import herald.protocol.Protocol;
import herald.run.FailureModel;
import herald.scenario.Aim;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.scenario.Timing;
import herald.sim.Dice;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The nemesis of a hunt that names none: every run draws its own mix of the faults the
 * protocol's assumptions allow, each with even odds, so that one search covers runs with
 * partitions alone, crashes alone, both, and everything at once. A crash takes one to a minority
 * of random victims; where random victims would break an assumption (a sequencer that must not
 * crash), one of the nodes the protocol allows to crash, named.
 */
public final class NemesisMix implements ScenarioSource {

    /** The faults a mix draws from, each as {@code --nemesis} writes it; crashes are added apart. */
    static final List<String> FAULTS = List.of("partition=any", "loss=0.1", "dup=0.1", "reorder", "delay", "pause");

    /** What may happen in a group of one size. */
    private record Allowed(List<String> faults, int randomCrashes, List<String> victims) {
    }

    private final Protocol protocol;
    private final Group group;
    private final int broadcasts;
    private final NetworkSemantics network;
    private final boolean force;
    private final Allowed[] allowed;

    /**
     * @param force draw from every fault, even those the protocol's assumptions rule out
     */
    public NemesisMix(Protocol protocol, Group group, int broadcasts, NetworkSemantics network, boolean force) {
        this.protocol = protocol;
        this.group = group;
        this.broadcasts = broadcasts;
        this.network = network;
        this.force = force;
        this.allowed = new Allowed[group.max() + 1];
        for (int n = group.min(); n <= group.max(); n++) {
            allowed[n] = allowed(n);
        }
    }

    private Allowed allowed(int n) {
        List<String> nodes = Scenario.nodeNames(n);
        List<String> faults = FAULTS.stream().filter(f -> allows(f, nodes)).toList();
        int minority = (n - 1) / 2;
        int randomCrashes = minority > 0 && allows("crash=1", nodes) ? minority : 0;
        List<String> victims = new ArrayList<>();
        // A group of one or two has no minority to crash; otherwise, named victims only where random ones are refused.
        for (String node : minority > 0 && randomCrashes == 0 ? nodes : List.<String>of()) {
            if (allows("crash=" + node, nodes)) {
                victims.add(node);
            }
        }
        return new Allowed(faults, randomCrashes, victims);
    }

    private boolean allows(String nemesis, List<String> nodes) {
        NemesisOptions options;
        try {
            options = NemesisOptions.parse(nemesis).withNetwork(network);
        } catch (IllegalArgumentException notOnThisNetwork) {
            return false;
        }
        return force || FailureModel.refusal(protocol, options, nodes).isEmpty();
    }

    @Override
    public Case draw(long seed) {
        SplittableRandom random = new SplittableRandom(Dice.hash(seed, Dice.Purpose.HUNT_MIX, 0, 0, 0));
        int n = group.draw(random);
        Allowed here = allowed[n];
        List<String> chosen = new ArrayList<>();
        for (String fault : here.faults()) {
            if (random.nextBoolean()) {
                chosen.add(fault);
            }
        }
        if (random.nextBoolean()) {
            if (here.randomCrashes() > 0) {
                chosen.add("crash=" + (1 + random.nextInt(here.randomCrashes())));
            } else if (!here.victims().isEmpty()) {
                chosen.add("crash=" + here.victims().get(random.nextInt(here.victims().size())));
            }
        }
        NemesisOptions options = NemesisOptions.parse(String.join(",", chosen)).withNetwork(network);
        Scenario scenario = new ScenarioParameters(protocol.id(), n, broadcasts, options,
                Timing.forProtocol(protocol, n, options.crashes()), 250_000, NetworkModel.DEFAULT).generate(seed);
        if (options.crashes() > 0 && random.nextBoolean()) {
            return new Case(Aim.crashesAfterBroadcasts(scenario, random), options + " aimed at broadcasts");
        }
        return new Case(scenario, options.toString());
    }

    /** What the mix draws from: "a mix of partition=any, loss=0.1, …, crash, a random subset each run". */
    @Override
    public String toString() {
        Allowed widest = allowed[group.max()];
        List<String> all = new ArrayList<>(widest.faults());
        if (widest.randomCrashes() > 0 || !widest.victims().isEmpty()) {
            all.add(widest.randomCrashes() > 0 ? "crash of a minority" : "crash of one of " + widest.victims());
        }
        return all.isEmpty() ? "no faults" : "a mix of " + String.join(", ", all) + (force ? " (forced)" : "")
                + ", a random subset each run";
    }
}
