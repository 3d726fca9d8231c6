package herald.cli;

import herald.check.Spec;
import herald.check.Specs;
import herald.grade.Battery;
import herald.grade.BatterySettings;
import herald.grade.Grading;
import herald.grade.Goal;
import herald.grade.JUnitXml;
import herald.grade.Limits;
import herald.grade.ScenarioResult;
import herald.grade.Score;
import herald.grade.Submission;
import herald.hunt.ClassPath;
import herald.maelstrom.MaelstromTopology;
import herald.process.DeliverySource;
import herald.process.ProcessSettings;
import herald.process.Program;
import herald.scenario.NetworkModel;
import herald.scenario.Timing;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code herald grade}: scores an implementation against a spec on the fixed battery, with the evidence. */
@Command(name = "grade", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Scores an implementation against a spec on a fixed battery of scenarios (no faults, loss, "
                + "duplication, reordering, each partition shape, a crash, everything combined; several seeds each) "
                + "and explains every failure.",
            "A Java class (--class) runs in the deterministic simulator, in a JVM of its own; a program in any "
                + "language (--bin, last) runs as N processes speaking Maelstrom's protocol, in real time.",
            "Exit code 0: every scenario passed; 1: some failed; 2: the implementation could not be run."})
final class GradeCommand implements Callable<Integer> {

    @Option(names = "--spec", paramLabel = "SPEC", required = true, description = "The spec to grade against.")
    private String specName;

    @Option(names = "--class", paramLabel = "CLASS", description = "A Java class implementing herald.node.Node.")
    private String className;

    @Option(names = "--classpath", paramLabel = "PATH",
            description = "Where the class and what it needs are: jars and directories, separated by ':' "
                    + "(';' on Windows).")
    private String classpath;

    @Option(names = "--protocol", paramLabel = "P", description = "One of Herald's protocols (to calibrate the battery).")
    private String protocolId;

    @Option(names = "--scenarios", paramLabel = "LIST",
            description = "Only these kinds (loss) or scenarios (loss/2), comma-separated; default the whole battery.")
    private String scenarios;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "5", description = "Nodes per run (default 5).")
    private int nodes;

    @Option(names = "--broadcasts", paramLabel = "M", description = "Broadcasts per run (default 20; see --rate).")
    private Integer broadcasts;

    @Option(names = "--rate", paramLabel = "R",
            description = "Client operations per second, half broadcasts and half reads, as Maelstrom's --rate.")
    private Double rate;

    @Option(names = "--time-limit", paramLabel = "T", defaultValue = "1s",
            description = "The window in which faults and operations happen: a duration (20s, 500ms) or, as "
                    + "Maelstrom's --time-limit, a number of seconds (default 1s).")
    private String timeLimit;

    @Option(names = "--quiet", paramLabel = "T", defaultValue = "1s",
            description = "The quiet period after the faults heal, before the final reads (default 1s).")
    private String quiet;

    @Option(names = "--latency", paramLabel = "MILLIS",
            description = "Mean latency of messages between nodes, as Maelstrom's --latency (default: the "
                    + "simulator's, 1 ms + exponential 2 ms).")
    private Double latency;

    @Option(names = "--latency-dist", paramLabel = "DIST", defaultValue = "constant",
            description = "constant (Maelstrom's default) or exponential.")
    private String latencyDist;

    @Option(names = "--topology", paramLabel = "T", defaultValue = "grid",
            description = "The topology programs are told: grid (default), line, total, tree2, tree3, tree4.")
    private String topology;

    @Option(names = "--deliveries", paramLabel = "FROM",
            description = "Where a program's deliveries come from: reads, or reports (Herald's extension; the "
                    + "default for specs with an order).")
    private String deliveries;

    @Option(names = "--msgs-per-op-under", paramLabel = "X", description = "Goal: messages per operation under X.")
    private Double msgsPerOp;

    @Option(names = "--median-latency-under", paramLabel = "MILLIS", description = "Goal: median stable latency.")
    private Double medianLatency;

    @Option(names = "--max-latency-under", paramLabel = "MILLIS", description = "Goal: largest stable latency.")
    private Double maxLatency;

    @Option(names = "--parallel", paramLabel = "K", defaultValue = "2",
            description = "Program scenarios run K at a time (default 2).")
    private int parallel;

    @Option(names = "--handler-timeout", paramLabel = "MILLIS", defaultValue = "2000",
            description = "How long one handler of a Java class may run (default 2000 ms).")
    private long handlerTimeout;

    @Option(names = "--step-budget", paramLabel = "N", defaultValue = "2000000",
            description = "Calls into a Java class's nodes per run (default 2,000,000).")
    private long stepBudget;

    @Option(names = "--shrink-runs", paramLabel = "R", defaultValue = "1000",
            description = "How many smaller runs the shrinker may try for each failing scenario of a Java class "
                    + "(default ${DEFAULT-VALUE}; 0 keeps failures as found).")
    private int shrinkRuns;

    @Option(names = "--trace-packets", description = "Also record every packet between nodes.")
    private boolean tracePackets;

    @Option(names = "--report", paramLabel = "DIR", description = "Write report.html, score.json and every history there.")
    private Path report;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Write the score as JUnit XML.")
    private Path junitXml;

    @Option(names = "--bin", paramLabel = "PROGRAM", arity = "1..*", parameterConsumer = RestOfLine.class,
            description = "A program speaking Maelstrom's protocol, and its arguments: everything after --bin.")
    private List<String> bin;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws InterruptedException {
        Spec spec = Specs.named(specName);
        int given = (className != null ? 1 : 0) + (protocolId != null ? 1 : 0) + (bin != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give one of --class, --protocol or --bin (last)");
        }
        if (classpath != null && className == null) {
            throw new IllegalArgumentException("--classpath goes with --class");
        }
        MaelstromTopology.of(topology, List.of("n0"));
        Battery battery = Battery.of(spec, bin != null ? Battery.Target.PROGRAMS : Battery.Target.CLASSES);
        if (scenarios != null) {
            battery = battery.only(scenarios);
        }
        BatterySettings settings = settings();
        List<Goal> goals = goals();
        Submission submission = null;
        if (bin == null) {
            submission = className != null ? Submission.ofClass(className, classpath())
                    : Submission.ofProtocol(protocolId);
            submission.check();
        }
        PrintWriter out = command.commandLine().getOut();
        Path dir = report != null ? report : temporary();
        String name = bin != null ? String.join(" ", bin) : className != null ? className : protocolId;
        out.print(new Score(name, kind(), spec.name(), battery, settings, List.of(), List.of(), "", replay(), 0)
                .heading());
        out.flush();
        Consumer<ScenarioResult> each = r -> {
            out.println(Score.line(r, report != null));
            out.flush();
        };
        try {
            Score score;
            if (bin != null) {
                score = Grading.program(new Program(bin, null), spec, battery, settings, processSettings(spec),
                        parallel, goals, dir, replay(), each);
            } else {
                Limits limits = Limits.DEFAULT.withHandlerMillis(handlerTimeout).withSteps(stepBudget)
                        .withShrinkRuns(shrinkRuns);
                score = Grading.javaClass(submission, spec, battery, settings, limits, dir, tracePackets, replay(),
                        each);
            }
            Path page = report != null ? Grading.write(score, spec, dir) : null;
            if (junitXml != null) {
                JUnitXml.write(report != null ? score : score.withoutHistories(), junitXml);
            }
            score.summarize(out, page);
            return score.exitCode();
        } finally {
            if (report == null) {
                delete(dir);
            }
        }
    }

    private String kind() {
        return bin != null ? "program" : className != null ? "class" : "protocol";
    }

    private BatterySettings settings() {
        long window = herald.history.Durations.micros("--time-limit", timeLimit, 1_000_000, 3_600_000_000L);
        int count = broadcasts != null ? broadcasts : rate != null
                ? (int) Math.max(1, Math.round(rate * window / 1e6 / 2)) : BatterySettings.DEFAULT.broadcasts();
        if (broadcasts != null && rate != null) {
            throw new IllegalArgumentException("give --broadcasts or --rate, not both");
        }
        NetworkModel network = NetworkModel.DEFAULT;
        if (latency != null) {
            long mean = Math.round(latency * 1000);
            if (latencyDist.equals("constant")) {
                network = new NetworkModel(mean, 0, mean);
            } else if (latencyDist.equals("exponential")) {
                network = new NetworkModel(0, mean, 20 * mean);
            } else {
                throw new IllegalArgumentException("--latency-dist is constant or exponential, got " + latencyDist);
            }
        }
        long quietPeriod = herald.history.Durations.micros("--quiet", quiet, 1_000_000, 3_600_000_000L);
        return new BatterySettings(nodes, count, new Timing(window, quietPeriod), network);
    }

    private List<Goal> goals() {
        List<Goal> goals = new ArrayList<>();
        if (msgsPerOp != null) {
            goals.add(new Goal("msgs-per-op", msgsPerOp));
        }
        if (medianLatency != null) {
            goals.add(new Goal("median-latency", medianLatency));
        }
        if (maxLatency != null) {
            goals.add(new Goal("max-latency", maxLatency));
        }
        if (!goals.isEmpty() && bin == null) {
            throw new IllegalArgumentException("goals are Maelstrom's figures, measured on programs (--bin)");
        }
        return goals;
    }

    private ProcessSettings processSettings(Spec spec) {
        boolean ordered = spec.properties().stream().anyMatch(p -> p.endsWith("-order"));
        DeliverySource source;
        if (deliveries == null) {
            source = ordered ? DeliverySource.REPORTS : DeliverySource.READS;
        } else if (deliveries.equals("reads")) {
            source = DeliverySource.READS;
        } else if (deliveries.equals("reports")) {
            source = DeliverySource.REPORTS;
        } else {
            throw new IllegalArgumentException("--deliveries is reads or reports, got " + deliveries);
        }
        return ProcessSettings.DEFAULT.withDeliveries(source).withTopology(topology).withTracePackets(tracePackets);
    }

    private List<String> classpath() {
        return ClassPath.parse(classpath).entries();
    }

    /** The command that grades again, with every setting that differs from the battery's. */
    private String replay() {
        StringBuilder cmd = new StringBuilder("./herald grade --spec ").append(specName);
        if (className != null) {
            cmd.append(" --class ").append(className);
            if (classpath != null) {
                cmd.append(" --classpath ").append(classpath);
            }
        }
        if (protocolId != null) {
            cmd.append(" --protocol ").append(protocolId);
        }
        for (CommandLine.Model.OptionSpec option : command.options()) {
            String opt = option.longestName();
            if (List.of("--spec", "--class", "--classpath", "--protocol", "--bin", "--scenarios", "--report",
                    "--junit-xml", "--help", "--version").contains(opt) || !command.commandLine().getParseResult()
                    .hasMatchedOption(opt)) {
                continue;
            }
            cmd.append(' ').append(opt);
            if (option.arity().max() > 0) {
                cmd.append(' ').append(String.valueOf((Object) option.getValue()));
            }
        }
        if (bin != null) {
            cmd.append(" --bin ").append(String.join(" ", bin));
        }
        return cmd.toString();
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("herald-grade");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder: " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is the operating system's to clean.
        }
    }

    /** {@code --bin} takes the rest of the command line: the program and its own arguments. */
    static final class RestOfLine implements CommandLine.IParameterConsumer {
        @Override
        public void consumeParameters(java.util.Stack<String> args, CommandLine.Model.ArgSpec argSpec,
                CommandLine.Model.CommandSpec commandSpec) {
            List<String> rest = new ArrayList<>();
            while (!args.isEmpty()) {
                rest.add(args.pop());
            }
            if (rest.isEmpty()) {
                throw new CommandLine.ParameterException(commandSpec.commandLine(), "--bin needs a program to run");
            }
            argSpec.setValue(rest);
        }
    }
}
