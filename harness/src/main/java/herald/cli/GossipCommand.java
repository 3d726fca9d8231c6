package herald.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import herald.gossip.GossipParameters;
import herald.gossip.Interest;
import herald.gossip.Mode;
import herald.gossip.Topology;
import herald.history.Json;
import herald.measure.GossipExperiment;
import herald.measure.GossipReport;
import herald.measure.Measurement;
import herald.measure.SpreadChart;
import herald.run.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald gossip}: measures gossip protocols against the classic results. */
@Command(name = "gossip", mixinStandardHelpOptions = true,
        description = {"Measures gossip: each run broadcasts one rumor from a random node and counts, round by "
                + "round, who knows it and the packets sent, in synchronous rounds. Prints each figure's mean and "
                + "standard deviation over the runs beside the value theory predicts where there is one (complete "
                + "graph, fanout 1): Pittel 1987 for push, Karp et al. 2000 for push-pull, Demers et al. 1987 for "
                + "pull's late phase and rumor mongering's residue.",
            "Example: ./herald gossip --mode push,pull,push-pull --nodes 1000 --runs 50 --chart spread.svg"})
final class GossipCommand implements Callable<Integer> {

    @Option(names = "--mode", paramLabel = "MODE", split = ",", defaultValue = "push-pull",
            description = "push, pull, push-pull (anti-entropy) or rumor (push rumor mongering); several, comma "
                    + "separated, are measured one after the other and drawn on one chart (default ${DEFAULT-VALUE}).")
    private List<String> modes;

    @Option(names = "--feedback", description = "Rumor mongering: lose interest only after pushing to a node that "
            + "already knew (the default).")
    private boolean feedback;

    @Option(names = "--blind", description = "Rumor mongering: every push counts towards losing interest.")
    private boolean blind;

    @Option(names = "--counter", description = "Rumor mongering: lose interest after K contacts that count (the default).")
    private boolean counter;

    @Option(names = "--coin", description = "Rumor mongering: lose interest with probability 1/K at each contact that counts.")
    private boolean coin;

    @Option(names = "--k", paramLabel = "K", defaultValue = "2", description = "Rumor mongering's K (default ${DEFAULT-VALUE}).")
    private int k;

    @Option(names = "--fanout", paramLabel = "F", defaultValue = "1", description = "Peers each node contacts per round (default ${DEFAULT-VALUE}).")
    private int fanout;

    @Option(names = "--topology", paramLabel = "T", defaultValue = "complete",
            description = "complete, ring, line, grid, tree=K or regular=K (default ${DEFAULT-VALUE}).")
    private String topology;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "1000", description = "Nodes (default ${DEFAULT-VALUE}).")
    private int nodes;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "20", description = "Runs per mode (default ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--loss", paramLabel = "P", defaultValue = "0", description = "Probability that a packet is lost (default ${DEFAULT-VALUE}).")
    private double loss;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of every random choice (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--max-rounds", paramLabel = "M", defaultValue = "10000",
            description = "A run stops after M rounds whatever happened (default ${DEFAULT-VALUE}).")
    private int maxRounds;

    @Option(names = "--json", description = "Print JSON: one object, or an array of them for several modes.")
    private boolean json;

    @Option(names = "--chart", paramLabel = "FILE", description = "Write an SVG of the fraction informed per round "
            + "(mean, and the band from the least to the most informed run), every mode on one chart.")
    private Path chart;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        List<GossipExperiment> experiments = new ArrayList<>();
        for (String mode : modes) {
            if (modes.stream().filter(m -> m.strip().equals(mode.strip())).count() > 1) {
                throw new IllegalArgumentException("--mode names " + mode.strip() + " twice: each mode is measured "
                        + "once");
            }
            experiments.add(new GossipExperiment(parameters(mode.strip()), nodes, runs, loss, seed, maxRounds));
        }
        PrintWriter out = command.commandLine().getOut();
        List<Measurement> measurements = new ArrayList<>();
        for (GossipExperiment experiment : experiments) {
            Measurement m = experiment.run();
            measurements.add(m);
            if (!json) {
                out.print(GossipReport.describe(m));
                out.flush();
            }
        }
        if (json) {
            if (measurements.size() == 1) {
                out.println(Json.line(GossipReport.toJson(measurements.get(0))));
            } else {
                ArrayNode all = Json.MAPPER.createArrayNode();
                measurements.forEach(m -> all.add(GossipReport.toJson(m)));
                out.println(Json.line(all));
            }
        }
        if (chart != null) {
            Store.write(chart, SpreadChart.svg(measurements));
            if (!json) {
                out.println("chart: " + chart);
            }
        }
        return Exit.VALID;
    }

    private GossipParameters parameters(String mode) {
        if (feedback && blind) {
            throw new IllegalArgumentException("--feedback and --blind exclude each other");
        }
        if (counter && coin) {
            throw new IllegalArgumentException("--counter and --coin exclude each other");
        }
        boolean rumorOptions = feedback || blind || counter || coin || command.commandLine().getParseResult()
                .hasMatchedOption("--k");
        if (rumorOptions && !modes.stream().map(String::strip).toList().contains("rumor")) {
            throw new IllegalArgumentException("--feedback, --blind, --counter, --coin and --k apply to --mode rumor");
        }
        GossipParameters parameters = mode.equals("rumor")
                ? GossipParameters.rumorMongering(new Interest(!blind, coin, k))
                : GossipParameters.antiEntropy(modeNamed(mode));
        return parameters.withFanout(fanout).withTopology(Topology.parse(topology));
    }

    private static Mode modeNamed(String mode) {
        try {
            return Mode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown mode \"" + mode + "\" (known: push, pull, push-pull, rumor)");
        }
    }
}
