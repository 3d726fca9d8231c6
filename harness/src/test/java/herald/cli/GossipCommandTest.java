package herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import herald.history.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GossipCommandTest {

    private record Result(int code, String out, String err) {
    }

    private static Result herald(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Herald.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void jsonGivesTheModeTheSizeAndEachFigureWithTheory() throws IOException {
        Result r = herald("gossip", "--mode", "push", "--nodes", "256", "--runs", "10", "--json");

        assertThat(r.code()).isEqualTo(Exit.VALID);
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("mode").asText()).isEqualTo("push");
        assertThat(json.get("nodes").asInt()).isEqualTo(256);
        assertThat(json.get("runs").asInt()).isEqualTo(10);
        assertThat(json.at("/rounds_to_all/mean").asDouble()).isBetween(10.0, 20.0);
        assertThat(json.at("/rounds_to_all/stddev").isNumber()).isTrue();
        assertThat(json.at("/rounds_to_all/formula").asText()).isEqualTo("log2 n + ln n");
        assertThat(json.at("/residue/mean").asDouble()).isZero();
        assertThat(json.at("/packets_per_node/mean").asDouble()).isBetween(0.1, 1.0);
        assertThat(json.at("/packets_per_rumor/mean").asDouble()).isPositive();
        assertThat(json.at("/late_phase/divisor").isNumber()).isTrue();
        assertThat(json.at("/informed/0/mean").asDouble()).isEqualTo(1.0 / 256);
        assertThat(json.get("per_run")).hasSize(10);
        assertThat(json.at("/per_run/0/rounds_to_all").asInt()).isEqualTo(json.at("/per_run/0/rounds").asInt());
        assertThat(json.at("/per_run/0/residue").asDouble()).isZero();
    }

    @Test
    void severalModesGiveAnArrayAndOneChartWithACurveEach(@TempDir Path dir) throws IOException {
        Path chart = dir.resolve("spread.svg");
        Result r = herald("gossip", "--mode", "push,pull,push-pull", "--nodes", "128", "--runs", "5", "--json",
                "--chart", chart.toString());

        assertThat(r.code()).isEqualTo(Exit.VALID);
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.isArray()).isTrue();
        assertThat(json.findValuesAsText("mode")).containsExactly("push", "pull", "push-pull");
        String svg = Files.readString(chart);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n");
        assertThat(svg.split("<polyline", -1)).hasSize(4);
        assertThat(svg).contains(">push-pull (theory: all know by ");
    }

    @Test
    void theTablePutsTheoryBesideTheMeasuredMeanAndStandardDeviation() {
        Result r = herald("gossip", "--mode", "rumor", "--coin", "--k", "3", "--nodes", "500", "--runs", "5");

        assertThat(r.code()).isEqualTo(Exit.VALID);
        assertThat(r.out()).startsWith("rumor mongering (feedback, coin, k=3), fanout 1, complete graph: 500 nodes, "
                + "5 runs, no loss, seed 1\n                             mean     stddev   theory\n");
        assertThat(r.out()).containsPattern("\n  residue +0\\.0\\d{3} +0\\.\\d{4}   0\\.01983  s = e\\^-\\(k\\+1\\)\\(1-s\\) "
                + "\\(Demers et al\\. 1987, with s = e\\^-m\\)\n");
    }

    @Test
    void aTopologyOtherThanTheCompleteGraphIsMeasuredWithoutTheory() {
        Result r = herald("gossip", "--mode", "push-pull", "--topology", "ring", "--nodes", "40", "--runs", "3");

        assertThat(r.code()).isEqualTo(Exit.VALID);
        assertThat(r.out()).startsWith("push-pull anti-entropy, fanout 1, ring topology: 40 nodes");
        assertThat(r.out()).doesNotContain("Pittel").doesNotContain("Karp");
    }

    @Test
    void badOptionsAreRefusedInOneLineWithExitTwo() {
        assertThat(herald("gossip", "--mode", "shout").err())
                .isEqualTo("herald gossip: unknown mode \"shout\" (known: push, pull, push-pull, rumor)\n");
        assertThat(herald("gossip", "--mode", "push", "--coin").err()).isEqualTo("herald gossip: --feedback, --blind, "
                + "--counter, --coin and --k apply to --mode rumor\n");
        assertThat(herald("gossip", "--mode", "rumor", "--feedback", "--blind").err())
                .isEqualTo("herald gossip: --feedback and --blind exclude each other\n");
        Result regular = herald("gossip", "--topology", "regular=3", "--nodes", "5");
        assertThat(regular.code()).isEqualTo(Exit.BAD_INPUT);
        assertThat(regular.err()).isEqualTo("herald gossip: topology regular=3 on 5 nodes is impossible: n x K must "
                + "be even\n");
        assertThat(herald("gossip", "--loss", "1").code()).isEqualTo(Exit.BAD_INPUT);
        assertThat(herald("gossip", "--mode", "push,pull,push").err())
                .isEqualTo("herald gossip: --mode names push twice: each mode is measured once\n");
    }
}
