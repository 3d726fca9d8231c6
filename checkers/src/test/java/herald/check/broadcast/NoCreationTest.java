package herald.check.broadcast;

import static herald.check.HistoryDsl.history;
import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Violation;
import herald.history.History;
import herald.history.HistoryReader;
import herald.history.HistoryWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NoCreationTest {

    private static final History EVERYONE_DELIVERS = history("n1", "n2", "n3")
            .broadcast("n1", "a").deliver("n1", "a").deliver("n2", "a").deliver("n3", "a").end();

    @Test
    void holdsWhenEveryDeliveryFollowsItsBroadcast() {
        assertThat(new NoCreation().check(EVERYONE_DELIVERS).valid()).isTrue();
    }

    @Test
    void aMessageNobodyBroadcastIsCreated() {
        History h = history("n1", "n2").deliver("n2", "ghost", "n1", "x").end();
        assertThat(new NoCreation().check(h).first().sentence())
                .isEqualTo("no creation violated at n2: it delivered ghost (#0) from n1, but nobody broadcast ghost");
    }

    @Test
    void aDeliveryBeforeItsBroadcastIsCreated() {
        History h = history("n1", "n2").deliver("n2", "a", "n1", "d-a").broadcast("n1", "a").end();
        Violation v = new NoCreation().check(h).first();
        assertThat(v.sentence())
                .isEqualTo("no creation violated at n2: it delivered a (#0) from n1, before n1 broadcast it (#1)");
        assertThat(v.events()).containsExactly(0, 1);
    }

    @Test
    void theWrongOriginIsCreated() {
        History h = history("n1", "n2", "n3").broadcast("n1", "a").deliver("n2", "a", "n3", "d-a").end();
        assertThat(new NoCreation().check(h).first().sentence())
                .isEqualTo("no creation violated at n2: it delivered a (#1) from n3, but n1 broadcast it (#0)");
    }

    @Test
    void otherDataIsCreated() {
        History h = history("n1", "n2").broadcast("n1", "a", "hello").deliver("n2", "a", "n1", "HELLO").end();
        assertThat(new NoCreation().check(h).first().sentence()).isEqualTo("no creation violated at n2: it "
                + "delivered a (#1) from n1 with data \"HELLO\", but n1 broadcast it with data \"hello\" (#0)");
    }

    @Test
    void dataIsComparedAsJsonValuesAStringIsNotANumberAndFieldOrderDoesNotMatter() {
        String lines = """
                {"type":"header","format":"herald-history/1","nodes":["n1"]}
                {"i":0,"t":0,"type":"broadcast","node":"n1","msg":"a","data":"1"}
                {"i":1,"t":0,"type":"deliver","node":"n1","msg":"a","origin":"n1","data":1}
                {"i":2,"t":0,"type":"broadcast","node":"n1","msg":"b","data":{"x":1}}
                {"i":3,"t":0,"type":"deliver","node":"n1","msg":"b","origin":"n1","data":"{\\"x\\":1}"}
                {"i":4,"t":0,"type":"broadcast","node":"n1","msg":"c","data":{"x":1,"y":[2,3]}}
                {"i":5,"t":0,"type":"deliver","node":"n1","msg":"c","origin":"n1","data":{"y":[2,3],"x":1}}
                {"i":6,"t":0,"type":"end"}
                """;
        History h = HistoryReader.read("h.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        assertThat(new NoCreation().check(h).examples()).extracting(Violation::sentence).containsExactly(
                "no creation violated at n1: it delivered a (#1) from n1 with data 1, but n1 broadcast it with data "
                        + "\"1\" (#0)",
                "no creation violated at n1: it delivered b (#3) from n1 with data \"{\\\"x\\\":1}\", but n1 broadcast "
                        + "it with data {\"x\":1} (#2)");
    }

    @Test
    void aHistoryWrittenAgainKeepsEachPayloadsJsonType() {
        String lines = """
                {"type":"header","format":"herald-history/1","nodes":["n1"]}
                {"i":0,"t":0,"type":"broadcast","node":"n1","msg":"a","data":{"x":[1,true]}}
                {"i":1,"t":0,"type":"deliver","node":"n1","msg":"a","origin":"n1","data":7}
                {"i":2,"t":0,"type":"end"}
                """;
        History h = HistoryReader.read("h.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        assertThat(HistoryWriter.line(h.event(0))).contains("\"data\":{\"x\":[1,true]}");
        assertThat(HistoryWriter.line(h.event(1))).contains("\"data\":7}");
    }

    @Test
    void dataLeftOutOfEitherEventIsNotComparedForItIsOptional() {
        String lines = """
                {"type":"header","format":"herald-history/1","nodes":["n1","n2"]}
                {"i":0,"t":0,"type":"broadcast","node":"n1","msg":"a","data":"x"}
                {"i":1,"t":0,"type":"deliver","node":"n2","msg":"a","origin":"n1"}
                {"i":2,"t":0,"type":"broadcast","node":"n1","msg":"b"}
                {"i":3,"t":0,"type":"deliver","node":"n2","msg":"b","origin":"n1","data":"y"}
                {"i":4,"t":0,"type":"end"}
                """;
        History h = HistoryReader.read("h.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        assertThat(new NoCreation().check(h).valid()).isTrue();
    }

    @Test
    void numbersAreComparedByTheirExactValues() {
        String lines = """
                {"type":"header","format":"herald-history/1","nodes":["n1"]}
                {"i":0,"t":0,"type":"broadcast","node":"n1","msg":"a","data":1e400}
                {"i":1,"t":0,"type":"deliver","node":"n1","msg":"a","origin":"n1","data":2e400}
                {"i":2,"t":0,"type":"broadcast","node":"n1","msg":"b","data":0.1}
                {"i":3,"t":0,"type":"deliver","node":"n1","msg":"b","origin":"n1","data":0.1000000000000000055511151231257827}
                {"i":4,"t":0,"type":"broadcast","node":"n1","msg":"c","data":{"x":[1,-0]}}
                {"i":5,"t":0,"type":"deliver","node":"n1","msg":"c","origin":"n1","data":{"x":[1.0,0.0]}}
                {"i":6,"t":0,"type":"end"}
                """;
        History h = HistoryReader.read("h.jsonl", new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        assertThat(new NoCreation().check(h).examples()).extracting(v -> v.messages().get(0))
                .as("1 is 1.0 and -0 is 0.0, but 1e400 is not 2e400, nor 0.1 a number a double rounds to it")
                .containsExactly("a", "b");
    }
}
