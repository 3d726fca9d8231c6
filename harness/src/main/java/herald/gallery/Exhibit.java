package herald.gallery;

import herald.check.Specs;
import herald.hunt.Budget;
import herald.hunt.FixedNemesis;
import herald.hunt.Group;
import herald.hunt.Hunt;
import herald.hunt.NemesisMix;
import herald.hunt.ScenarioSource;
import herald.hunt.Target;
import herald.nemesis.NemesisOptions;
import herald.nemesis.NetworkSemantics;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.report.Shell;
import herald.run.FailureModel;
import herald.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of the gallery: the property it shows broken, and the search that breaks it, exactly
 * as {@code herald hunt} would run it (the same target, scenarios, seeds and shrinker), so the
 * command {@link #huntCommand()} prints keeps the same scenario.
 *
 * @param property the property the entry shows broken; also the name of its directory
 * @param protocol the protocol's id: a broken one from the catalogue, or a reference one under faults
 * @param spec the spec it is checked against
 * @param nemesis the faults of every run, as {@code --nemesis} writes them; null for the hunt's mix
 * @param nodes the size of the group searched (the shrinker may take nodes out)
 * @param broadcasts broadcasts per run searched
 * @param seed the first seed
 * @param tries how many seeds at most
 * @param shrinkRuns how many candidates the shrinker may run
 */
public record Exhibit(String property, String protocol, String spec, String nemesis, int nodes, int broadcasts,
        long seed, long tries, int shrinkRuns) {

    /** What {@code herald hunt} shrinks with when not told otherwise. */
    static final int DEFAULT_SHRINK_RUNS = 3000;

    /** The protocol, as Herald knows it. */
    public Protocol protocolDefinition() {
        return Protocols.named(protocol);
    }

    /** What the search looks for: a run of the protocol that breaks the property. */
    public Target target() {
        return new Target(protocolDefinition(), Specs.named(spec), property);
    }

    /**
     * Whether the entry runs the protocol out of its assumptions (best-effort broadcast under
     * loss), as {@code herald hunt --force} does: the search and the shrinker then draw on faults
     * the protocol does not promise to survive.
     */
    public boolean forced() {
        return nemesis != null && FailureModel.refusal(protocolDefinition(),
                NemesisOptions.parse(nemesis).withNetwork(NetworkSemantics.DEFAULT), Scenario.nodeNames(nodes))
                .isPresent();
    }

    /** The search: fixed seeds and a budget of tries alone, so the same violation every time. */
    public Hunt hunt() {
        Group group = new Group(nodes, nodes);
        ScenarioSource source = nemesis == null
                ? new NemesisMix(protocolDefinition(), group, broadcasts, NetworkSemantics.DEFAULT, false)
                : new FixedNemesis(protocol, group, broadcasts,
                        NemesisOptions.parse(nemesis).withNetwork(NetworkSemantics.DEFAULT));
        return new Hunt(target(), source, seed, Budget.tries(tries));
    }

    /** The faults searched, for people: the nemesis, or the hunt's mix. */
    public String faults() {
        if (nemesis == null) {
            return "a random mix of faults, a new one each run";
        }
        return nemesis.equals("none") ? "no faults at all" : "`--nemesis " + nemesis + "`";
    }

    /** The {@code herald hunt} arguments that run the same search and keep the same scenario. */
    public List<String> huntArguments() {
        Protocol p = protocolDefinition();
        List<String> args = new ArrayList<>(List.of("hunt", protocol));
        if (!spec.equals(p.spec())) {
            args.addAll(List.of("--spec", spec));
        }
        boolean huntedByDefault = p.mutant() && property.equals(p.breaks())
                && Specs.named(spec).properties().contains(property);
        if (!huntedByDefault) {
            args.addAll(List.of("--property", property));
        }
        if (nemesis != null) {
            args.addAll(List.of("--nemesis", nemesis));
        }
        args.addAll(List.of("--nodes", Integer.toString(nodes), "--broadcasts", Integer.toString(broadcasts),
                "--seed", Long.toString(seed), "--tries", Long.toString(tries)));
        if (forced()) {
            args.add("--force");
        }
        if (shrinkRuns != DEFAULT_SHRINK_RUNS) {
            args.addAll(List.of("--shrink-runs", Integer.toString(shrinkRuns)));
        }
        return args;
    }

    /** {@code ./herald hunt …}, quoted for a shell. */
    public String huntCommand() {
        return "./herald " + Shell.words(huntArguments());
    }
}
