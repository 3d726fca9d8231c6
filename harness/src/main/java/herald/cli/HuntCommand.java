package herald.cli;

import herald.check.Spec;
import herald.check.Specs;
import herald.hunt.Budget;
import herald.hunt.Counterexample;
import herald.hunt.FixedNemesis;
import herald.hunt.Group;
import herald.hunt.Hunt;
import herald.hunt.NemesisMix;
import herald.hunt.ScenarioSource;
import herald.hunt.Shrinker;
import herald.hunt.Target;
import herald.nemesis.NemesisOptions;
import herald.nemesis.NetworkSemantics;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.report.Words;
import herald.run.FailureModel;
import herald.run.Seeds;
import herald.run.Shard;
import herald.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code herald hunt}: searches for a violation, shrinks the first one found, keeps it. */
@Command(name = "hunt", mixinStandardHelpOptions = true,
        description = {"Searches generated scenarios (seeds S, S+1, …) for a run that breaks the protocol's spec, "
                + "shrinks the first one found to a small scenario that breaks the same property, and keeps it.",
            "Keeps DIR/hunt/<protocol>/<time>-seed<S>/ (scenario.json, history.jsonl, verdict.json, report.html). "
                + "Exit code 1 when a violation is found, 0 when none is within the budget."})
final class HuntCommand implements Callable<Integer> {


    @Parameters(index = "0", paramLabel = "PROTOCOL", description = "The protocol's id (see herald list).")
    private String protocolId;

    @Option(names = "--spec", paramLabel = "SPEC", description = "The spec to check (default: the protocol's).")
    private String specName;

    @Option(names = "--property", paramLabel = "P",
            description = "Hunt for a violation of this property of the spec only (default: any; for a broken "
                    + "protocol, the property it is known to break).")
    private String property;

    @Option(names = "--nemesis", paramLabel = "FAULTS",
            description = "Faults for every run, as for herald run (default: each run a random mix of the faults "
                    + "the protocol's assumptions allow).")
    private String nemesis;

    @Option(names = "--network", paramLabel = "SEMANTICS",
            description = "What the network may do, as for herald run (default unordered,lossy,duplicating).")
    private String network;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "3..5",
            description = "Processes: a number, or a range A..B to draw each run's group size from "
                    + "(default ${DEFAULT-VALUE}).")
    private String nodes;

    @Option(names = "--broadcasts", paramLabel = "M", defaultValue = "10",
            description = "Broadcasts per run (default ${DEFAULT-VALUE}).")
    private int broadcasts;

    @Option(names = "--tries", paramLabel = "K", description = "Scenarios to try at most (default: no limit).")
    private Long tries;

    @Option(names = "--time-limit", paramLabel = "T", defaultValue = "60s",
            description = "How long to search at most, e.g. 20s, 500ms, 2m (default ${DEFAULT-VALUE}).")
    private String timeLimit;

    @Option(names = "--seed", paramLabel = "S", description = "The first seed (default: a random one, printed).")
    private Long seed;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "Where the counterexample is kept, under DIR/hunt (default ${DEFAULT-VALUE}).")
    private Path store;

    @Option(names = "--shrink-runs", paramLabel = "R", defaultValue = "3000",
            description = "How many candidate runs the shrinker may try (default ${DEFAULT-VALUE}).")
    private int shrinkRuns;

    @Option(names = "--force", description = "Hunt even under faults that break the protocol's assumptions.")
    private boolean force;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        Protocol protocol = Protocols.named(protocolId);
        Spec spec = Specs.named(specName != null ? specName : protocol.spec());
        String hunted = property != null ? property
                : protocol.mutant() && spec.properties().contains(protocol.breaks()) ? protocol.breaks() : null;
        Target target = new Target(protocol, spec, hunted);
        NetworkSemantics semantics = network == null ? NetworkSemantics.DEFAULT : NetworkSemantics.given(network);
        Group group = Group.parse(nodes);
        if (broadcasts < 0) {
            throw new IllegalArgumentException("--broadcasts cannot be negative, got " + broadcasts);
        }
        if (shrinkRuns < 0) {
            throw new IllegalArgumentException("--shrink-runs cannot be negative, got " + shrinkRuns + " (0 keeps the "
                    + "violation as found)");
        }
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        ScenarioSource source;
        if (nemesis != null) {
            NemesisOptions options = NemesisOptions.given(nemesis).withNetwork(semantics);
            for (int n = group.min(); n <= group.max(); n++) {
                var refusal = FailureModel.refusal(protocol, options, Scenario.nodeNames(n));
                if (refusal.isPresent() && !force) {
                    throw new IllegalArgumentException(refusal.get() + "; add --force to hunt anyway");
                }
                if (refusal.isPresent()) {
                    err.println("warning: " + refusal.get() + "; hunting anyway (--force)");
                    break;
                }
            }
            source = new FixedNemesis(protocol.id(), group, broadcasts, options);
        } else {
            source = new NemesisMix(protocol, group, broadcasts, semantics, force);
        }
        long first = seed != null ? seed : Seeds.random();
        if (tries != null) {
            Shard.fits(first, tries);
        }
        Budget budget = new Budget(tries != null ? tries : Long.MAX_VALUE, duration(timeLimit));
        out.printf("hunting %s for a violation of %s under %s; %s nodes, %d broadcasts a run, seeds %d…%n",
                protocol.id(), hunted != null ? hunted : spec.name(), source, group, broadcasts, first);
        out.flush();
        Hunt.Search search = new Hunt(target, source, first, budget).search(progress(err));
        if (!search.caught()) {
            out.printf("no violation in %s (%.1f s, %,.0f runs/s)%n", Words.grouped(search.runs(), "run"), search.seconds(),
                    search.runsPerSecond());
            out.print(search.exercised().describe());
            return Exit.VALID;
        }
        Hunt.Found found = search.found();
        out.printf("found: %s violated at seed %d, after %s (%.1f s)%n", found.property(), found.seed(),
                Words.grouped(search.runs(), "run"), search.seconds());
        out.flush();
        Shrinker.Shrunk shrunk = new Shrinker(target, !force, shrinkRuns).shrink(found);
        Counterexample kept = Counterexample.keep(store, target, shrunk, null, null);
        out.print(kept.describe());
        out.print(search.exercised().describe());
        return Exit.VIOLATED;
    }

    /** A line on stderr every two seconds: runs, runs per second, faults seen. */
    private static Hunt.Progress progress(PrintWriter err) {
        double[] lastAt = {0};
        return (runs, seconds, exercised) -> {
            if (seconds - lastAt[0] >= 2) {
                lastAt[0] = seconds;
                err.printf("hunt: %,d runs, %,.0f runs/s, %s%n", runs, runs / seconds, exercised.faultsSeen());
                err.flush();
            }
        };
    }

    static Duration duration(String text) {
        long micros = herald.history.Durations.micros("--time-limit", text, 1_000_000, Long.MAX_VALUE / 1_000);
        if (micros < 1_000) {
            throw new IllegalArgumentException("--time-limit must be at least 1ms, got \"" + text + "\"");
        }
        return Duration.ofNanos(micros * 1_000);
    }
}
