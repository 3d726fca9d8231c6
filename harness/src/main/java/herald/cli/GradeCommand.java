package herald.cli;

import herald.check.Spec;
import herald.check.Specs;
import herald.grade.Battery;
import herald.grade.BatterySettings;
import herald.grade.Goal;
import herald.grade.Grading;
import herald.grade.JUnitXml;
import herald.grade.Limits;
import herald.grade.ScenarioResult;
import herald.grade.Score;
import herald.grade.Submission;
import herald.hunt.ClassPath;
import herald.process.ProcessSettings;
import herald.process.Program;
import herald.report.Shell;
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
            "Exit code 0: every scenario passed; 1: some failed; 2: the implementation could not be run (or bad "
                + "usage); 3: Herald itself failed, or none failed but some program scenarios were inconclusive "
                + "(not judged)."})
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

    @CommandLine.Mixin
    private BatteryOptions batteryOptions;

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
        Battery battery = Battery.of(spec, bin != null ? Battery.Target.PROGRAMS : Battery.Target.CLASSES);
        if (scenarios != null) {
            battery = battery.only(scenarios);
        }
        validate();
        BatterySettings settings = batteryOptions.settings();
        battery.checkGroup(settings.nodes());
        List<Goal> goals = batteryOptions.goals(bin != null);
        ProcessSettings processes = batteryOptions.processSettings(spec, tracePackets);
        String name = bin != null ? String.join(" ", bin) : className != null ? className : protocolId;
        Limits limits = Limits.DEFAULT.withHandlerMillis(handlerTimeout).withSteps(stepBudget)
                .withShrinkRuns(shrinkRuns);
        Submission submission = null;
        if (bin == null) {
            submission = className != null ? Submission.ofClass(className, classpath())
                    : Submission.ofProtocol(protocolId);
            submission.check();
            settings = batteryOptions.settled(settings,
                    Grading.settlingTime(submission, battery, settings.nodes(), limits), name);
        }
        PrintWriter out = command.commandLine().getOut();
        Path dir = report != null ? report : temporary();
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
                score = Grading.program(new Program(bin, null), spec, battery, settings, processes,
                        parallel, goals, dir, replay(), each);
            } else {
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

    /** Each of this command's own numbers and folders, refused with the flag's name when it makes no sense. */
    private void validate() {
        atLeast("--parallel", parallel, 1);
        atLeast("--handler-timeout", handlerTimeout, 1);
        atLeast("--step-budget", stepBudget, 1);
        atLeast("--shrink-runs", shrinkRuns, 0);
        if (report != null) {
            if (report.toString().isBlank()) {
                throw new IllegalArgumentException("--report is empty: give the folder to write the report in");
            }
            if (Files.exists(report) && !Files.isDirectory(report)) {
                throw new IllegalArgumentException("--report " + report + " is a file, not a folder");
            }
            try {
                Files.createDirectories(report);
            } catch (IOException e) {
                String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                        : e instanceof java.nio.file.FileAlreadyExistsException exists ? exists.getFile()
                                + " is a file" : e instanceof java.nio.file.FileSystemException fs
                                        && fs.getReason() != null ? fs.getReason()
                                        : "the file system refused (" + e.getClass().getSimpleName() + ")";
                throw new IllegalArgumentException("--report: cannot make the folder " + report + ": " + why, e);
            }
        }
        if (junitXml != null && Files.isDirectory(junitXml)) {
            throw new IllegalArgumentException("--junit-xml " + junitXml + " is a folder, not a file");
        }
    }

    private static void atLeast(String option, long value, long least) {
        if (value < least) {
            throw new IllegalArgumentException(option + " must be at least " + least + ", got " + value);
        }
    }

    private String kind() {
        return bin != null ? "program" : className != null ? "class" : "protocol";
    }

    private List<String> classpath() {
        return ClassPath.parse(classpath).entries();
    }

    /** The command that grades again, with every setting that differs from the battery's. */
    private String replay() {
        StringBuilder cmd = new StringBuilder("./herald grade --spec ").append(Shell.quote(specName));
        if (className != null) {
            cmd.append(" --class ").append(Shell.quote(className));
            if (classpath != null) {
                cmd.append(" --classpath ").append(Shell.quote(classpath));
            }
        }
        if (protocolId != null) {
            cmd.append(" --protocol ").append(Shell.quote(protocolId));
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
                cmd.append(' ').append(Shell.quote(String.valueOf((Object) option.getValue())));
            }
        }
        if (bin != null) {
            cmd.append(" --bin ").append(Shell.words(bin));
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
