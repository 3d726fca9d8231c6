package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herald run --runtime sockets} and {@code --shard}, end to end. */
class SocketsCommandTest {

    @TempDir
    Path store;

    @Test
    void eagerReliableBroadcastPassesFiveRunsOnRealSocketsUnderPartitionsAndLoss() throws IOException {
        CommandLine run = CommandLine.run("run", "eager-rb", "--runtime", "sockets", "--nemesis", "partition,loss=0.2",
                "--runs", "5", "--seed", "1", "--store", store.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("5 runs of eager-rb under partition,loss=0.2: 5 valid, 0 invalid");
        List<Path> histories;
        try (Stream<Path> files = Files.walk(store.resolve("eager-rb"))) {
            histories = files.filter(f -> f.getFileName().toString().equals("history.jsonl")).toList();
        }
        assertThat(histories).hasSize(5);
        for (Path history : histories) {
            assertThat(Files.readAllLines(history).get(0)).contains("\"clock\":\"wall\"", "\"runtime\":\"sockets\"");
            assertThat(history.resolveSibling("verdict.json")).exists();
            assertThat(history.resolveSibling("report.html")).exists();
            assertThat(Files.readString(history.resolveSibling("command"))).contains("--runtime sockets");
        }
    }

    @Test
    void bestEffortIsCaughtOnRealSockets() {
        CommandLine run = CommandLine.run("run", "best-effort", "--runtime", "sockets", "--nemesis",
                "partition,loss=0.2", "--seed", "1", "--store", store.toString(), "--force");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("validity        VIOLATED", "--runtime sockets");
    }

    @Test
    void anUnknownRuntimeOrASocketsOptionWithoutSocketsIsBadUsage() {
        CommandLine unknown = CommandLine.run("run", "eager-rb", "--runtime", "carrier-pigeon");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("herald run: unknown runtime \"carrier-pigeon\" (known: sim, sockets)\n");
        CommandLine stray = CommandLine.run("run", "eager-rb", "--transport", "tcp");
        assertThat(stray.exit()).isEqualTo(2);
        assertThat(stray.err()).isEqualTo("herald run: --transport, --fault-layer and --bandwidth go with --runtime sockets\n");
    }

    @Test
    void aShardRunsOnlyItsOwnSeeds() {
        CommandLine run = CommandLine.run("run", "eager-rb", "--seed", "10", "--runs", "5", "--shard", "2/2",
                "--store", store.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("run 1/2  seed 11 ", "run 2/2  seed 13 ",
                "2 runs of eager-rb under none (shard 2/2): 2 valid, 0 invalid");
        CommandLine noSeed = CommandLine.run("run", "eager-rb", "--runs", "5", "--shard", "1/2");
        assertThat(noSeed.exit()).isEqualTo(2);
        assertThat(noSeed.err()).isEqualTo("herald run: --shard needs --seed, so that every shard splits the same seeds\n");
    }
}
