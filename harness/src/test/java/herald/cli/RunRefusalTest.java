package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
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
}
