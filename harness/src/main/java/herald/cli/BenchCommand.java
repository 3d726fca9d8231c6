package herald.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import herald.check.Spec;
import herald.check.Specs;
import herald.history.Json;
import herald.bench.Benchmarks;
import herald.nemesis.NemesisOptions;
import herald.bench.DiagramBenchmark;
import herald.bench.SocketsBenchmark;
import herald.bench.HuntBenchmark;
import herald.bench.GradeBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald bench}: measures the simulator and the checkers. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Herald itself: simulated packets per second (eager-rb, no faults), how fast "
                + "specs are checked on a large synthetic history beside the time to merely read it, how fast "
                + "a report is built and drawn in headless Chromium (when installed), how long herald gossip "
                + "takes for push-pull on 10,000 nodes, 100 runs; how fast packets go on the wire and a burst of "
                + "broadcasts crosses real sockets; how many scenarios a hunt searches per second and how soon "
                + "it catches each broken protocol.",
            "Figures are medians of several repetitions after warm-up, on one thread."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--sim-nodes", defaultValue = "10", description = "Nodes in the simulator benchmark (default ${DEFAULT-VALUE}).")
    private int simNodes;

    @Option(names = "--sim-broadcasts", defaultValue = "2000",
            description = "Broadcasts per simulated run (default ${DEFAULT-VALUE}).")
    private int simBroadcasts;

    @Option(names = "--protocol", defaultValue = "eager-rb", description = "Protocol to simulate (default ${DEFAULT-VALUE}).")
    private String protocol;

    @Option(names = "--sim-nemesis", defaultValue = "none",
            description = "Faults during the simulator benchmark, as for run --nemesis (default ${DEFAULT-VALUE}).")
    private String simNemesis;

    @Option(names = "--history-nodes", defaultValue = "20", description = "Processes in the synthetic history (default ${DEFAULT-VALUE}).")
    private int historyNodes;

    @Option(names = "--history-messages", defaultValue = "50000",
            description = "Messages in the synthetic history; deliveries = nodes x messages (default ${DEFAULT-VALUE}).")
    private int historyMessages;

    @Option(names = "--specs", split = ",", defaultValue = "reliable,causal,total",
            description = "Specs to check on the synthetic history; each of their properties is also timed alone "
                    + "(default ${DEFAULT-VALUE}).")
    private List<String> specs;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed repetitions (default ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--diagram-events", defaultValue = "10000",
            description = "Events in the history whose report is built and opened in Chromium, at least 5000, so "
                    + "that the page scrolls (default ${DEFAULT-VALUE}).")
    private int diagramEvents;

    @Option(names = "--hunt-protocols", split = ",", defaultValue = "eager-rb,causal-vc",
            description = "Correct protocols whose search rate is measured (default ${DEFAULT-VALUE}).")
    private List<String> huntProtocols;

    @Option(names = "--hunt-nodes", defaultValue = "5", description = "Nodes in those searches (default ${DEFAULT-VALUE}).")
    private int huntNodes;

    @Option(names = "--hunt-scenarios", defaultValue = "1000",
            description = "Scenarios per timed search (default ${DEFAULT-VALUE}).")
    private int huntScenarios;

    @Option(names = "--hunt-starts", defaultValue = "5",
            description = "Starting seeds per mutant for the time to the first violation (default ${DEFAULT-VALUE}).")
    private int huntStarts;

    @Option(names = "--only", description = "sim, check, diagram, gossip, sockets, hunt or grade: run only one of the "
            + "benchmarks (grade runs only when asked: it takes a minute or two of real time).")
    private String only;

    @Option(names = "--grade-bin", paramLabel = "COMMAND",
            description = "The program the grade benchmark grades, e.g. \"python3 node.py\" (default: herald node "
                    + "--protocol eager-rb, from this build).")
    private String gradeBin;

    @Option(names = "--grade-parallel", defaultValue = "2",
            description = "Program scenarios graded at a time (default ${DEFAULT-VALUE}).")
    private int gradeParallel;

    @Option(names = "--gossip-nodes", defaultValue = "10000",
            description = "Nodes in the gossip benchmark (default ${DEFAULT-VALUE}).")
    private int gossipNodes;

    @Option(names = "--gossip-runs", defaultValue = "100",
            description = "Runs in the gossip benchmark (default ${DEFAULT-VALUE}).")
    private int gossipRuns;

    @Option(names = "--sockets-broadcasts", defaultValue = "100",
            description = "Broadcasts in the burst on real sockets (default ${DEFAULT-VALUE}).")
    private int socketsBroadcasts;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    private static final java.util.List<String> BENCHMARKS = java.util.List.of("sim", "check", "diagram", "gossip", "sockets", "hunt", "grade");

    private void validate() {
        if (only != null && !BENCHMARKS.contains(only)) {
            throw new IllegalArgumentException("--only takes one of " + String.join(", ", BENCHMARKS) + ", got \""
                    + only + "\"");
        }
        atLeast("--repeat", repeat, 1);
        atLeast("--sim-nodes", simNodes, 1);
        atLeast("--sim-broadcasts", simBroadcasts, 1);
        atLeast("--history-nodes", historyNodes, 1);
        atLeast("--history-messages", historyMessages, 1);
        atLeast("--diagram-events", diagramEvents, 5_000);
        atLeast("--gossip-nodes", gossipNodes, 2);
        atLeast("--gossip-runs", gossipRuns, 1);
        atLeast("--hunt-nodes", huntNodes, 2);
        atLeast("--hunt-scenarios", huntScenarios, 1);
        atLeast("--hunt-starts", huntStarts, 1);
        atLeast("--grade-parallel", gradeParallel, 1);
        atLeast("--sockets-broadcasts", socketsBroadcasts, 1);
    }

    private static void atLeast(String option, int value, int least) {
        if (value < least) {
            throw new IllegalArgumentException(option + " must be at least " + least + ", got " + value);
        }
    }

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter out = command.commandLine().getOut();
        ObjectNode figures = Json.MAPPER.createObjectNode();
        if (only == null || only.equals("sim")) {
            figures.set("simulator", Benchmarks.simulator(protocol, simNodes, simBroadcasts,
                    NemesisOptions.given(simNemesis), repeat));
            if (!json) {
                out.println(Benchmarks.describeSimulator(figures.get("simulator")));
                out.flush();
            }
        }
        if (only == null || only.equals("check")) {
            List<Spec> checked = specs.stream().map(Specs::named).toList();
            Path file = Files.createTempFile("herald-bench-", ".jsonl");
            try {
                figures.set("checkers", Benchmarks.checkers(file, historyNodes, historyMessages, checked, repeat));
            } finally {
                Files.deleteIfExists(file);
            }
            if (!json) {
                out.println(Benchmarks.describeCheckers(figures.get("checkers")));
            }
        }
        if (only == null || only.equals("diagram")) {
            Path dir = Files.createTempDirectory("herald-bench-");
            try {
                figures.set("diagram", DiagramBenchmark.measure(diagramEvents, repeat, dir));
            } finally {
                Files.deleteIfExists(dir.resolve("bench-report.html"));
                Files.deleteIfExists(dir);
            }
            if (!json) {
                out.println(DiagramBenchmark.describe(figures.get("diagram")));
            }
        }
        if (only == null || only.equals("gossip")) {
            figures.set("gossip", Benchmarks.gossip(gossipNodes, gossipRuns, Math.min(repeat, 3)));
            if (!json) {
                out.println(Benchmarks.describeGossip(figures.get("gossip")));
            }
        }
        if (only == null || only.equals("sockets")) {
            figures.set("sockets", SocketsBenchmark.measure("eager-rb", 5, socketsBroadcasts, repeat));
            if (!json) {
                out.println(SocketsBenchmark.describe(figures.get("sockets")));
            }
        }
        if (only == null || only.equals("hunt")) {
            figures.set("hunt", HuntBenchmark.measure(huntProtocols, huntNodes, huntScenarios, huntStarts, repeat));
            if (!json) {
                out.println(HuntBenchmark.describe(figures.get("hunt")));
            }
        }
        if ("grade".equals(only)) {
            Path dir = Files.createTempDirectory("herald-bench-");
            try {
                List<String> program = gradeBin == null ? GradeBenchmark.heraldNode("eager-rb")
                        : List.of(gradeBin.strip().split("\\s+"));
                figures.set("grade", GradeBenchmark.measure("eager-rb", "best-effort", program, "reliable",
                        gradeParallel, dir));
            } finally {
                try (var all = Files.walk(dir)) {
                    all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            if (!json) {
                out.println(GradeBenchmark.describe(figures.get("grade")));
            }
        }
        if (json) {
            out.println(Json.pretty(figures));
        }
        return Exit.VALID;
    }
}
