package herald.cli;

import herald.check.Spec;
import herald.check.Specs;
import herald.history.Header;
import herald.history.Json;
import herald.nemesis.NemesisOptions;
import herald.nemesis.NetworkSemantics;
import herald.nemesis.ScheduleJson;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.realtime.Inconclusive;
import herald.report.Report;
import herald.report.Shell;
import herald.report.Words;
import herald.run.FailureModel;
import herald.run.Run;
import herald.run.Seeds;
import herald.run.Shard;
import herald.run.Store;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.sockets.Network;
import herald.sockets.SocketRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code herald run}: simulates a protocol under faults, K seeds in a row, and checks each run. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a protocol under injected faults, in the deterministic simulator or on real sockets "
                + "(--runtime sockets), records each run "
                + "as a history and checks it against the protocol's spec.",
            "Each run keeps DIR/<protocol>/<time>-seed<S>/ (history.jsonl, verdict.json, report.html, command); "
                + "DIR/latest points at the newest."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROTOCOL", description = "The protocol's id (see herald list).")
    private String protocolId;

    @Option(names = "--nodes", paramLabel = "N", defaultValue = "5", description = "Processes in the group (default ${DEFAULT-VALUE}).")
    private int nodes;

    @Option(names = "--broadcasts", paramLabel = "M", defaultValue = "20",
            description = "Broadcasts per run, from random nodes (default ${DEFAULT-VALUE}).")
    private int broadcasts;

    @Option(names = "--nemesis", paramLabel = "FAULTS", defaultValue = "none",
            description = "Faults, e.g. partition,loss=0.2,crash=1 (default none; see herald list).")
    private String nemesis;

    @Option(names = "--nemesis-file", paramLabel = "FILE",
            description = "A fault schedule written by hand (JSON), the same in every run, instead of --nemesis.")
    private Path nemesisFile;

    @Option(names = "--network", paramLabel = "SEMANTICS",
            description = "What the network may do: ordered (fifo) or unordered, lossy or lossless, duplicating or "
                    + "nonduplicating, e.g. fifo (default unordered,lossy,duplicating; or the schedule file's).")
    private String network;

    @Option(names = "--seed", paramLabel = "S", description = "The first seed (default: a random one, printed).")
    private Long seed;

    @Option(names = "--runs", paramLabel = "K", defaultValue = "1", description = "Runs, with seeds S, S+1, … (default 1).")
    private int runs;

    @Option(names = "--spec", paramLabel = "SPEC", description = "The spec to check (default: the protocol's).")
    private String specName;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store", description = "Where runs are kept (default ${DEFAULT-VALUE}).")
    private Path store;

    @Option(names = "--trace-packets", description = "Also record every packet (send, recv, drop events).")
    private boolean tracePackets;

    @Option(names = "--force", description = "Run even under a nemesis that breaks the protocol's assumptions "
            + "(e.g. crashes for a protocol that assumes none), to show what breaks.")
    private boolean force;

    @Option(names = "--runtime", paramLabel = "RUNTIME", defaultValue = "sim",
            description = "sim (the deterministic simulator, default) or sockets (real sockets on loopback, "
                    + "wall-clock time).")
    private String runtime;

    @Option(names = "--transport", paramLabel = "T", description = "With --runtime sockets: udp (default) or tcp.")
    private String transport;

    @Option(names = "--fault-layer", paramLabel = "L",
            description = "With --runtime sockets, what applies the network's faults: herald (at the socket, "
                    + "default), kernel (iptables between network namespaces; Linux, root) or toxiproxy (TCP "
                    + "proxies; needs TOXIPROXY_URL).")
    private String faultLayer;

    @Option(names = "--bandwidth", paramLabel = "KBPS", description = "With --fault-layer toxiproxy: limit every "
            + "link to KBPS kilobytes a second for the whole run.")
    private Long bandwidth;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only every N-th seed, starting with the "
            + "I-th, e.g. 2/8: one machine's share of a campaign (needs --seed).")
    private String shardText;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() {
        Protocol protocol = Protocols.named(protocolId);
        Spec spec = Specs.named(specName != null ? specName : protocol.spec());
        NemesisOptions faults = nemesisOptions();
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1, got " + runs);
        }
        ScenarioParameters parameters = ScenarioParameters.of(protocol.id(), nodes, broadcasts, faults);
        Shard shard = shardText == null ? Shard.ALL : Shard.parse(shardText);
        if (shardText != null && seed == null) {
            throw new IllegalArgumentException("--shard needs --seed, so that every shard splits the same seeds");
        }
        Network network = network();
        long first = seed != null ? seed : Seeds.random();
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        var refusal = FailureModel.refusal(protocol, faults, Scenario.nodeNames(nodes));
        if (refusal.isPresent() && !force) {
            throw new IllegalArgumentException(refusal.get() + "; add --force to run it anyway");
        }
        refusal.ifPresent(why -> err.println("warning: " + why + "; running anyway (--force)"));
        Store results = new Store(store);
        List<Long> seeds = shard.seeds(first, runs);
        int total = seeds.size();
        Progress progress = new Progress(err, total);
        List<Long> invalid = new ArrayList<>();
        for (int k = 0; k < total; k++) {
            long s = seeds.get(k);
            Scenario scenario = parameters.generate(s);
            Path dir = results.newRun(protocol.id(), "seed" + s);
            var header = Run.header(scenario, protocol, spec, nemesisText(faults));
            Run run = network == null
                    ? Run.simulate(scenario, protocol, spec, header, dir.resolve("history.jsonl"), tracePackets)
                    : onSockets(scenario, protocol, spec, header, dir, network);
            String replay = replayCommand(s);
            Store.write(dir.resolve("verdict.json"), Json.pretty(run.verdict().toJson()) + "\n");
            Store.write(dir.resolve("command"), replay + "\n");
            Path report = Report.write(dir.resolve(Report.FILE), run.history(), run.verdict());
            out.printf("run %d/%d  seed %d  %s  %s, %s, %s, %s  %s%n", k + 1, total, s,
                    run.valid() ? "valid  " : "INVALID", Words.count(scenario.broadcasts().size(), "broadcast"),
                    Words.count(run.deliveries(), "delivery", "deliveries"),
                    Words.count(scenario.schedule().size(), "fault"), Words.count(run.stats().packetsSent(), "packet"),
                    dir);
            if (run.valid()) {
                run.verdict().outcomes().forEach(o -> o.notes().forEach(note -> out.println("  " + o.property()
                        + ": " + note)));
            } else {
                invalid.add(s);
                out.print(indent(run.verdict().describe()));
                out.println("  replay: " + replay);
            }
            out.println("  report: " + report);
            out.flush();
            progress.ran(k + 1, invalid.size());
        }
        out.printf("%d run%s of %s under %s%s: %d valid, %d invalid%n", total, total == 1 ? "" : "s", protocol.id(),
                nemesisText(faults), shard.equals(Shard.ALL) ? "" : " (shard " + shard + ")", total - invalid.size(),
                invalid.size());
        return invalid.isEmpty() ? Exit.VALID : Exit.VIOLATED;
    }

    /** One run on real sockets; an inconclusive one says where its unfinished history is. */
    private Run onSockets(Scenario scenario, Protocol protocol, Spec spec, Header header, Path dir, Network network) {
        Path history = dir.resolve("history.jsonl");
        try {
            return SocketRun.run(scenario, protocol, spec, SocketRun.header(header, network), history, tracePackets,
                    network);
        } catch (Inconclusive e) {
            throw new Inconclusive(e.getMessage() + " (seed " + scenario.seed() + "; the history so far is in "
                    + history + ")", e.getCause());
        }
    }

    /** The real network of --runtime sockets, or null for the simulator. */
    private Network network() {
        if (runtime.equals("sim")) {
            if (transport != null || faultLayer != null || bandwidth != null) {
                throw new IllegalArgumentException("--transport, --fault-layer and --bandwidth go with --runtime sockets");
            }
            return null;
        }
        if (!runtime.equals("sockets")) {
            throw new IllegalArgumentException("unknown runtime \"" + runtime + "\" (known: sim, sockets)");
        }
        String layer = faultLayer == null ? "herald" : faultLayer;
        if (bandwidth != null && !layer.equals("toxiproxy")) {
            throw new IllegalArgumentException("--bandwidth goes with --fault-layer toxiproxy");
        }
        if (bandwidth != null && bandwidth <= 0) {
            throw new IllegalArgumentException("--bandwidth is in KB/s and must be positive, got " + bandwidth);
        }
        return Networks.named(transport != null ? transport : layer.equals("toxiproxy") ? "tcp" : "udp", layer,
                bandwidth == null ? 0 : bandwidth);
    }

    /** The faults: generated from --nemesis, or read from --nemesis-file; on the --network asked for. */
    private NemesisOptions nemesisOptions() {
        NemesisOptions faults;
        if (nemesisFile != null) {
            if (!nemesis.equals("none")) {
                throw new IllegalArgumentException("give --nemesis or --nemesis-file, not both");
            }
            faults = NemesisOptions.of(ScheduleJson.read(nemesisFile, Scenario.nodeNames(nodes)));
        } else {
            faults = NemesisOptions.given(nemesis);
        }
        return network == null ? faults : faults.withNetwork(NetworkSemantics.given(network));
    }

    private String nemesisText(NemesisOptions faults) {
        return nemesisFile != null ? "file " + nemesisFile : faults.toString();
    }

    private String replayCommand(long s) {
        StringBuilder cmd = new StringBuilder("./herald run ").append(Shell.quote(protocolId))
                .append(" --nodes ").append(nodes).append(" --broadcasts ").append(broadcasts);
        if (nemesisFile != null) {
            cmd.append(" --nemesis-file ").append(Shell.quote(nemesisFile));
        } else {
            cmd.append(" --nemesis ").append(Shell.quote(NemesisOptions.parse(nemesis)));
        }
        if (network != null) {
            cmd.append(" --network ").append(Shell.quote(NetworkSemantics.parse(network)));
        }
        cmd.append(" --seed ").append(s);
        if (!runtime.equals("sim")) {
            cmd.append(" --runtime ").append(runtime);
            if (transport != null) {
                cmd.append(" --transport ").append(Shell.quote(transport));
            }
            if (faultLayer != null) {
                cmd.append(" --fault-layer ").append(Shell.quote(faultLayer));
            }
            if (bandwidth != null) {
                cmd.append(" --bandwidth ").append(Shell.quote(bandwidth));
            }
        }
        if (specName != null) {
            cmd.append(" --spec ").append(Shell.quote(specName));
        }
        if (tracePackets) {
            cmd.append(" --trace-packets");
        }
        if (force) {
            cmd.append(" --force");
        }
        return cmd.toString();
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line + "\n").reduce("", String::concat);
    }

    /** A line on stderr every few seconds while many runs go by. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final long startedAt = System.nanoTime();
        private long lastAt = startedAt;

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
        }

        void ran(int done, int invalid) {
            long now = System.nanoTime();
            if (total < 20 || now - lastAt < 2_000_000_000L || done == total) {
                return;
            }
            lastAt = now;
            double seconds = (now - startedAt) / 1e9;
            err.printf("progress: %d/%d runs, %.0f runs/s, %d invalid%n", done, total, done / seconds, invalid);
            err.flush();
        }
    }
}
