package herald.cli;

import herald.history.HistoryFormatException;
import herald.nemesis.ScheduleFormatException;
import herald.realtime.Inconclusive;
import herald.run.Version;
import java.io.PrintWriter;
import java.util.Locale;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code herald} command: subcommands for running, checking and listing. */
@Command(name = "herald", mixinStandardHelpOptions = true, version = "herald " + Version.VERSION,
        description = "Property and fuzz testing for group-communication protocols.",
        subcommands = {RunCommand.class, CheckCommand.class, ListCommand.class, BenchCommand.class,
            ShowCommand.class, ExportCommand.class,
            GossipCommand.class, HuntCommand.class, ReplayCommand.class, GradeCommand.class, NodeCommand.class,
            GalleryCommand.class,
            CommandLine.HelpCommand.class})
public final class Herald implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line with the given streams and returns its exit code; what tests call. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        // Numbers in files and on the terminal are written the same everywhere: 1.5, never 1,5 or ۱٫۵.
        Locale.setDefault(Locale.ROOT);
        CommandLine cli = new CommandLine(new Herald());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(Herald::failed);
        cli.setParameterExceptionHandler(Herald::badUsage);
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("herald: out of memory (" + e.getMessage() + "); give Java more, e.g. "
                    + "HERALD_JAVA_OPTS=-Xmx8g ./herald ...");
            code = Exit.INTERNAL;
        } catch (StackOverflowError e) {
            err.println("herald: internal error: the stack overflowed (a bug in Herald; run with HERALD_DEBUG=1 "
                    + "for the stack trace)");
            code = Exit.INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Without a command: the usage, on stderr, and the exit code of bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exit.BAD_INPUT;
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = e.getMessage().startsWith("Error: ") ? e.getMessage().substring(7) : e.getMessage();
        cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + message + " (see "
                + cmd.getCommandSpec().qualifiedName() + " --help)");
        return Exit.BAD_INPUT;
    }

    private static int failed(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String name = cmd.getCommandSpec().qualifiedName();
        if (e instanceof HistoryFormatException || e instanceof ScheduleFormatException
                || e instanceof herald.scenario.ScenarioFormatException) {
            cmd.getErr().println(e.getMessage());
            return Exit.BAD_INPUT;
        }
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return Exit.BAD_INPUT;
        }
        if (e instanceof Inconclusive) {
            cmd.getErr().println(name + ": " + e.getMessage());
            return Exit.INTERNAL;
        }
        cmd.getErr().println(name + ": internal error: " + e
                + " (a bug in Herald; run with HERALD_DEBUG=1 for the stack trace)");
        if (System.getenv("HERALD_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
        }
        return Exit.INTERNAL;
    }
}
