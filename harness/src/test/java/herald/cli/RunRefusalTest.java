package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

class RunRefusalTest {

    @TempDir
    Path store;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int herald(String... args) {
        return Herald.execute(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void runRefusesANemesisThatBreaksTheProtocolsAssumptionsAndSaysWhy() {
        int code = herald("run", "lamport-to", "--nemesis", "crash", "--store", store.toString());
        assertThat(code).isEqualTo(Exit.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("herald run: lamport-to assumes no process crashes, but the nemesis"
                + " crash crashes processes; add --force to run it anyway" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void forceRunsItAnywayAndShowsWhatBreaks() {
        int code = herald("run", "lamport-to", "--nemesis", "crash", "--seed", "3", "--force", "--store",
                store.toString());
        assertThat(code).isEqualTo(Exit.VIOLATED);
        assertThat(err.toString()).startsWith("warning: lamport-to assumes no process crashes");
        assertThat(out.toString()).contains("validity        VIOLATED")
                .contains("replay: ./herald run lamport-to --nodes 5 --broadcasts 20 --nemesis crash --seed 3 --force");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "run eager-rb --nodes 100000 --store STORE | herald run: a simulated group has at most 1000 nodes (a broadcast costs up to n² packets), got 100000",
        "run eager-rb --broadcasts 2147483647 --store STORE | herald run: a run has at most 1000000 broadcasts, got 2147483647",
        "hunt eager-rb --nodes 3..5000 --store STORE | herald hunt: a simulated group has at most 1000 nodes (a broadcast costs up to n² packets), got 5000",
        "gossip --nodes 2000000000 --runs 1    | herald gossip: gossip measures at most 1000000 nodes (a run of that many takes about half a minute), got 2000000000",
        "grade --spec reliable --protocol eager-rb --nodes 5000 | herald grade: --nodes must be at most 1000, got 5000",
        "run eager-rb --network '' --store STORE | herald run: --network is empty: give what the network may do, e.g. fifo or unordered,lossless, or default",
        "run eager-rb --nodes 3 --nemesis loss@n1->n2 --store STORE | herald run: a link is written n1>n2 (one way) or n1-n2 (both ways), got \"n1->n2\": write n1>n2",
    })
    void aSizeThatCouldOnlyRunOutOfMemoryOrAnEmptyOrMistypedOptionIsRefusedNotAttempted(String command, String message) {
        String[] args = command.replace("STORE", store.toString()).split(" +");
        for (int k = 0; k < args.length; k++) {
            args[k] = args[k].equals("''") ? "" : args[k];
        }
        int code = herald(args);
        assertThat(code).as(err.toString()).isEqualTo(Exit.BAD_INPUT);
        assertThat(err.toString()).isEqualTo(message + System.lineSeparator());
    }
}
