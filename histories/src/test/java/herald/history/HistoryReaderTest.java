package herald.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HistoryReaderTest {

    private static final String HEADER =
            "{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\",\"n2\",\"n3\"],\"seed\":7}\n";

    private static History read(String text) {
        return HistoryReader.read("h.jsonl", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void rejects(String text, String message) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(HistoryFormatException.class)
                .hasMessage(message);
    }

    @Test
    void aWellFormedHistoryIsReadWithItsIndexes() {
        History h = read(HEADER
                + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"n1-1\",\"data\":\"a\"}\n"
                + "{\"i\":1,\"t\":0,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"n1-1\",\"origin\":\"n1\",\"data\":\"a\"}\n"
                + "{\"i\":2,\"t\":150,\"type\":\"fault\",\"action\":\"start\",\"fault\":\"partition\","
                + "\"detail\":{\"groups\":[[\"n1\"],[\"n2\",\"n3\"]]}}\n"
                + "{\"i\":3,\"t\":900,\"type\":\"fault\",\"action\":\"stop\",\"fault\":\"partition\"}\n"
                + "{\"i\":4,\"t\":1400,\"type\":\"deliver\",\"node\":\"n2\",\"msg\":\"n1-1\",\"origin\":\"n1\",\"data\":\"a\"}\n"
                + "{\"i\":5,\"t\":5000,\"type\":\"end\",\"healed_at\":900}\n");
        assertThat(h.size()).isEqualTo(6);
        assertThat(h.complete()).isTrue();
        assertThat(h.end().healedAt()).isEqualTo(900L);
        assertThat(h.header().nodes()).containsExactly("n1", "n2", "n3");
        assertThat(h.header().model()).isEqualTo("crash-stop");
        assertThat(h.header().text("seed")).isEqualTo("7");
        int m = h.messageIndex("n1-1");
        assertThat(h.broadcastOf(m)).isZero();
        assertThat(h.deliveriesOf(m).toArray()).containsExactly(1, 4);
        assertThat(h.eventsOf(h.nodeIndex("n2")).toArray()).containsExactly(4);
        assertThat(h.warnings()).isEmpty();
    }

    @Test
    void unknownFieldsAreIgnoredAndUnknownEventTypesKept() {
        History h = read(HEADER
                + "{\"i\":0,\"t\":3,\"type\":\"checkpoint\",\"node\":\"n1\",\"extra\":[1,2]}\n"
                + "{\"i\":1,\"t\":4,\"type\":\"crash\",\"node\":\"n2\",\"colour\":\"red\"}\n");
        assertThat(h.event(0)).isInstanceOf(Event.Unknown.class);
        assertThat(((Event.Unknown) h.event(0)).fields().get("extra").size()).isEqualTo(2);
        assertThat(h.event(1)).isEqualTo(new Event.Crash(1, 4, "n2", null));
        assertThat(h.complete()).isFalse();
        assertThat(h.warnings()).containsExactly("h.jsonl:2: 1 event of unknown type \"checkpoint\" kept but not "
                + "checked (known: broadcast, deliver, crash, recover, fault, send, recv, drop, log, end)");
    }

    @Test
    void aLineThatIsNotJsonIsRejectedWithItsLineNumber() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n" + "not json at all\n"
                        + "{\"i\":1,\"t\":0,\"type\":\"crash\",\"node\":\"n2\"}\n",
                "h.jsonl:3: not valid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, "
                        + "Object or token 'null', 'true' or 'false')");
    }

    @Test
    void aMissingFieldIsNamed() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"m\"}\n",
                "h.jsonl:2: missing field \"origin\" in a deliver event");
        rejects(HEADER + "{\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n",
                "h.jsonl:2: missing field \"i\" (the event's index)");
        rejects(HEADER + "{\"i\":0,\"type\":\"crash\",\"node\":\"n1\"}\n",
                "h.jsonl:2: missing field \"t\" (the event's time)");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"node\":\"n1\"}\n", "h.jsonl:2: missing field \"type\"");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":3}\n",
                "h.jsonl:2: field \"node\" must be a string, found a number");
        rejects(HEADER + "{\"i\":\"0\",\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n",
                "h.jsonl:2: field \"i\" must be an integer, found a string");
    }

    @Test
    void aFieldNamedTwiceIsRejectedWhereverItIs() {
        // JSON leaves it to the reader which of two values counts; a history must not depend on that.
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\",\"node\":\"n2\"}\n",
                "h.jsonl:2: field \"node\" appears twice");
        rejects(HEADER + "{\"i\":0,\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n",
                "h.jsonl:2: field \"i\" appears twice");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\",\"x\":1,\"x\":2}\n",
                "h.jsonl:2: field \"x\" appears twice");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"fault\",\"action\":\"start\",\"fault\":\"crash\","
                        + "\"detail\":{\"nodes\":[\"n1\"],\"nodes\":[\"n2\"]}}\n",
                "h.jsonl:2: not valid JSON: field \"nodes\" appears twice");
        rejects("{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\"],\"nodes\":[\"n2\"]}\n",
                "h.jsonl:1: not valid JSON: field \"nodes\" appears twice");
    }

    @Test
    void aPacketIsSentOnceAndReceivedOrDroppedOnlyAfterItsSendOnItsOwnRoute() {
        String send = "{\"i\":0,\"t\":0,\"type\":\"send\",\"node\":\"n1\",\"to\":\"n2\",\"packet\":1}\n";
        History twice = read(HEADER + send + "{\"i\":1,\"t\":1,\"type\":\"recv\",\"node\":\"n2\",\"from\":\"n1\","
                + "\"packet\":1}\n" + "{\"i\":2,\"t\":2,\"type\":\"recv\",\"node\":\"n2\",\"from\":\"n1\",\"packet\":1}\n");
        assertThat(twice.size()).as("a duplicated packet arrives twice").isEqualTo(3);
        rejects(HEADER + send + "{\"i\":1,\"t\":0,\"type\":\"send\",\"node\":\"n2\",\"to\":\"n1\",\"packet\":1}\n",
                "h.jsonl:3: packet 1 was sent already (#0, n1 to n2); a packet's id is unique in the run");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"recv\",\"node\":\"n2\",\"from\":\"n1\",\"packet\":7}\n" + send,
                "h.jsonl:2: packet 7 is received (n1 to n2), but no send before it sent it");
        rejects(HEADER + send + "{\"i\":1,\"t\":1,\"type\":\"recv\",\"node\":\"n3\",\"from\":\"n1\",\"packet\":1}\n",
                "h.jsonl:3: packet 1 went n1 to n2 (#0), but here it is received going n1 to n3");
        rejects(HEADER + send + "{\"i\":1,\"t\":1,\"type\":\"drop\",\"node\":\"n2\",\"to\":\"n1\",\"packet\":1,"
                + "\"reason\":\"loss\"}\n", "h.jsonl:3: packet 1 went n1 to n2 (#0), but here it is dropped going n2 to n1");
        rejects(HEADER + "{\"i\":0,\"t\":1,\"type\":\"drop\",\"node\":\"n1\",\"to\":\"n2\",\"packet\":3,"
                + "\"reason\":\"loss\"}\n", "h.jsonl:2: packet 3 is dropped (n1 to n2), but no send before it sent it");
    }

    @Test
    void aDropSaysOneOfTheNetworksThreeReasons() {
        String send = "{\"i\":0,\"t\":0,\"type\":\"send\",\"node\":\"n1\",\"to\":\"n2\",\"packet\":1}\n";
        for (String reason : List.of("partition", "loss", "crashed")) {
            assertThat(read(HEADER + send + "{\"i\":1,\"t\":1,\"type\":\"drop\",\"node\":\"n1\",\"to\":\"n2\","
                    + "\"packet\":1,\"reason\":\"" + reason + "\"}\n").size()).as(reason).isEqualTo(2);
        }
        rejects(HEADER + send + "{\"i\":1,\"t\":1,\"type\":\"drop\",\"node\":\"n1\",\"to\":\"n2\",\"packet\":1,"
                + "\"reason\":\"gremlins\"}\n",
                "h.jsonl:3: a drop's \"reason\" must be partition, loss or crashed, found \"gremlins\"");
    }

    @Test
    void anIndexGapIsRejected() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n"
                        + "{\"i\":2,\"t\":0,\"type\":\"crash\",\"node\":\"n2\"}\n",
                "h.jsonl:3: index 2 where 1 was due (indices run 0, 1, 2, … with no gap)");
    }

    @Test
    void timeGoingBackIsRejected() {
        rejects(HEADER + "{\"i\":0,\"t\":10,\"type\":\"crash\",\"node\":\"n1\"}\n"
                        + "{\"i\":1,\"t\":9,\"type\":\"crash\",\"node\":\"n2\"}\n",
                "h.jsonl:3: time 9 is earlier than the previous event's 10");
    }

    @Test
    void aNodeMissingFromTheHeaderIsRejected() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"deliver\",\"node\":\"n9\",\"msg\":\"m\",\"origin\":\"n1\"}\n",
                "h.jsonl:2: unknown node n9 in \"node\" (the header names n1, n2, n3)");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"fault\",\"action\":\"start\",\"fault\":\"partition\","
                        + "\"detail\":{\"groups\":[[\"n1\"],[\"n2\",\"zz\"]]}}\n",
                "h.jsonl:2: unknown node zz in \"detail.groups\" (the header names n1, n2, n3)");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"fault\",\"action\":\"start\",\"fault\":\"partition\","
                        + "\"detail\":{\"groups\":[\"n1\",\"n2\"]}}\n",
                "h.jsonl:2: a partition's group must be an array of node names, found \"n1\"");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"fault\",\"action\":\"start\",\"fault\":\"partition\","
                        + "\"detail\":{\"groups\":[[\"n2\"],[\"n1\",\"n1\"]]}}\n",
                "h.jsonl:2: a partition puts n1 in two groups: [[\"n2\"],[\"n1\",\"n1\"]]");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"fault\",\"action\":\"start\",\"fault\":\"crash\","
                        + "\"detail\":{\"nodes\":[\"n9\"]}}\n",
                "h.jsonl:2: unknown node n9 in \"detail.nodes\" (the header names n1, n2, n3)");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"fault\",\"action\":\"start\",\"fault\":\"loss\","
                        + "\"detail\":{\"p\":0.5,\"links\":[\"n1>n7\"]}}\n",
                "h.jsonl:2: unknown node n7 in \"detail.links\" (the header names n1, n2, n3)");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"fault\",\"action\":\"start\",\"fault\":\"loss\","
                        + "\"detail\":{\"links\":[\"n1-n2\"]}}\n",
                "h.jsonl:2: a fault's \"links\" must hold links \"n1>n2\", found \"n1-n2\"");
    }

    @Test
    void aDeliveryKeepsTheIdAndOriginItClaimsWhateverTheyAre() {
        History h = read(HEADER
                + "{\"i\":0,\"t\":0,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"x-1\",\"origin\":\"nope\"}\n"
                + "{\"i\":1,\"t\":0,\"type\":\"deliver\",\"node\":\"n2\",\"msg\":\"a\\nb\",\"origin\":\"\\u0000\"}\n"
                + "{\"i\":2,\"t\":0,\"type\":\"deliver\",\"node\":\"n3\",\"msg\":\"\",\"origin\":\"\"}\n");
        assertThat(h.events()).containsExactly(new Event.Deliver(0, 0, "n1", "x-1", "nope", null),
                new Event.Deliver(1, 0, "n2", "a\nb", "\u0000", null), new Event.Deliver(2, 0, "n3", "", "", null));
        assertThat(h.deliveriesOf(h.messageIndex("x-1")).toArray()).containsExactly(0);
        assertThat(h.warnings()).isEmpty();
    }

    @Test
    void aRecoveryInACrashStopHistoryIsRejected() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n2\"}\n"
                        + "{\"i\":1,\"t\":2,\"type\":\"recover\",\"node\":\"n2\"}\n",
                "h.jsonl:3: a recover event (n2) in a crash-stop history: a crashed process never recovers unless the "
                        + "header says \"model\":\"crash-recovery\"");
        String recovering = HEADER.replace("\"seed\":7", "\"model\":\"crash-recovery\"");
        assertThat(read(recovering + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n2\"}\n"
                + "{\"i\":1,\"t\":2,\"type\":\"recover\",\"node\":\"n2\"}\n").event(1))
                .isEqualTo(new Event.Recover(1, 2, "n2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "clock", "time_unit"})
    void aHeaderFieldHeraldReadsAsANameMustBeAString(String field) {
        rejects("{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\"],\"" + field
                + "\":{\"a\":1}}\n", "h.jsonl:1: the header's \"" + field + "\" must be a string, found {\"a\":1}");
    }

    @Test
    void aHistoryWithoutHeaderIsRejected() {
        rejects("{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n",
                "h.jsonl:1: the first line must be the header ({\"type\":\"header\",…}), found a \"crash\" event");
        rejects("", "h.jsonl:1: no header: the file is empty");
        rejects("{\"type\":\"header\",\"format\":\"herald-history/9\",\"nodes\":[\"n1\"]}\n",
                "h.jsonl:1: unsupported format \"herald-history/9\" (this reader knows \"herald-history/1\")");
        rejects("{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[]}\n",
                "h.jsonl:1: the header must list its nodes: \"nodes\": [\"n1\", …]");
    }

    @Test
    void aCutOffLastLineIsDroppedWithAWarning() {
        History h = read(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n"
                + "{\"i\":1,\"t\":0,\"type\":\"cra");
        assertThat(h.size()).isEqualTo(1);
        assertThat(h.warnings()).containsExactly(
                "h.jsonl:3: the last line is cut off (24 bytes without a line end); it was ignored");
    }

    @Test
    void aBrokenLineThatEndsWithALineFeedIsAnErrorEvenWhenLast() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"cra\n",
                "h.jsonl:2: not valid JSON: Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using "
                        + "backslash to be included in string value");
    }

    @Test
    void eventsAfterTheEndAndEmptyLinesAndSecondBroadcastsAreRejected() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"end\"}\n{\"i\":1,\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n",
                "h.jsonl:3: an event after the end event");
        rejects(HEADER + "\n{\"i\":0,\"t\":0,\"type\":\"end\"}\n", "h.jsonl:2: empty line");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"m\"}\n"
                        + "{\"i\":1,\"t\":0,\"type\":\"broadcast\",\"node\":\"n2\",\"msg\":\"m\"}\n",
                "h.jsonl:3: message m was already broadcast (#0); message ids are unique");
    }

    @Test
    void anObjectMustStartAndEndOnItsOwnLine() {
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\"} {\"i\":1}\n",
                "h.jsonl:2: more than one JSON value on one line");
        rejects(HEADER + "{\"i\":0,\"t\":0,\n\"type\":\"crash\",\"node\":\"n1\"}\n",
                "h.jsonl:2: the JSON object does not end on its line (one event per line)");
        rejects(HEADER + "{\"i\":0,\"t\":0\n{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n1\"}\n",
                "h.jsonl:2: not valid JSON: the object is not closed before the line ends");
        rejects(HEADER + "[1,2]\n", "h.jsonl:2: not a JSON object");
    }

    @Test
    void blankLinesAtTheEndAreHarmless() {
        assertThat(read(HEADER + "{\"i\":0,\"t\":0,\"type\":\"end\"}\n\n\n").complete()).isTrue();
    }

    @Test
    void aGzippedHistoryCutOffKeepsItsCompleteEventsWithAWarning() throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (int k = 0; k < 2000; k++) {
            text.append("{\"i\":").append(k).append(",\"t\":").append(k).append(",\"type\":\"log\",\"node\":\"n1\","
                    + "\"text\":\"line ").append(k).append(" of a long run\"}\n");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = bytes.toByteArray();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        History h = HistoryReader.read("h.jsonl.gz", new ByteArrayInputStream(half));
        assertThat(h.size()).isBetween(1, 1999);
        assertThat(h.warnings()).singleElement().asString().matches("h\\.jsonl\\.gz:" + (h.size() + 2)
                + ": the last line is cut off \\(truncated gzip: Unexpected end of ZLIB input stream; \\d+ bytes without a "
                + "line end\\); it was ignored");
        byte[] noTrailer = java.util.Arrays.copyOf(whole, whole.length - 4);
        assertThat(HistoryReader.read("h.jsonl.gz", new ByteArrayInputStream(noTrailer)).size()).isEqualTo(2000);
    }

    @Test
    void aSmallGzippedHistoryCutOffIsReadLikeAPlainOneCutOff() throws IOException {
        String text = HEADER + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"m\",\"data\":\"a\"}\n"
                + "{\"i\":1,\"t\":0,\"type\":\"deliver\",\"node\":\"n1\",\"msg\":\"m\",\"origin\":\"n1\",\"data\":\"a\"}\n";
        byte[] whole = gzip(text);
        History h = HistoryReader.read("h.jsonl.gz", new ByteArrayInputStream(java.util.Arrays.copyOf(whole,
                whole.length - 20)));
        assertThat(h.size()).isLessThan(2);
        assertThat(h.warnings()).singleElement().asString()
                .startsWith("h.jsonl.gz:" + (h.size() + 2) + ": ").contains("cut off (truncated gzip: ");
        byte[] noTrailer = java.util.Arrays.copyOf(whole, whole.length - 4);
        History complete = HistoryReader.read("h.jsonl.gz", new ByteArrayInputStream(noTrailer));
        assertThat(complete.size()).isEqualTo(2);
        assertThat(complete.warnings()).containsExactly("h.jsonl.gz:4: the history is cut off here (truncated gzip: "
                + "the file ends early); the 2 complete events before it were read");
        assertThatThrownBy(() -> HistoryReader.read("h.jsonl.gz", new ByteArrayInputStream(java.util.Arrays.copyOf(
                whole, 12)))).isInstanceOf(HistoryFormatException.class).hasMessageStartingWith(
                        "h.jsonl.gz:1: the file is cut off before its header line ends (truncated gzip: ");
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void namesAndIdsMustBePrintableAndTheTimeUnitKnown() {
        rejects("{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\",\"\\u001b[2J\"]}\n",
                "h.jsonl:1: a node name must be printable, without control characters, found \"\\u001B[2J\"");
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"a\\nb\"}\n",
                "h.jsonl:2: a message id must be printable, without control characters, found \"a\\nb\"");
        rejects("{\"type\":\"header\",\"format\":\"herald-history/1\",\"nodes\":[\"n1\"],\"time_unit\":\"fortnight\"}\n",
                "h.jsonl:1: unknown time_unit \"fortnight\" (known: ns, us, ms, s)");
        rejects(HEADER + HEADER, "h.jsonl:2: a second header (the header is line 1, and only line 1)");
    }

    @Test
    void stepsAfterACrashInCrashStopAreWarnedAbout() {
        History h = read(HEADER + "{\"i\":0,\"t\":0,\"type\":\"crash\",\"node\":\"n2\"}\n"
                + "{\"i\":1,\"t\":1,\"type\":\"broadcast\",\"node\":\"n2\",\"msg\":\"m\"}\n"
                + "{\"i\":2,\"t\":2,\"type\":\"crash\",\"node\":\"n2\"}\n");
        assertThat(h.warnings()).containsExactly(
                "h.jsonl:3: n2 takes a step (#1, broadcast) after it crashed (#0), which a crash-stop process never does");
    }

    @Test
    void gzippedHistoriesReadTheSame() throws IOException {
        String text = HEADER + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"m\",\"data\":\"a\"}\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        History h = HistoryReader.read("h.jsonl.gz", new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(h.events()).containsExactly(new Event.Broadcast(0, 0, "n1", "m", "a"));
    }

    @Test
    void linesLongerThanTheReadBufferAreRead() {
        String data = "x".repeat(200_000);
        History h = read(HEADER + "{\"i\":0,\"t\":0,\"type\":\"broadcast\",\"node\":\"n1\",\"msg\":\"m\",\"data\":\""
                + data + "\"}\n");
        assertThat(((Event.Broadcast) h.event(0)).data()).hasSize(200_000);
    }

    @Test
    void jsonNestedTooDeeplyIsToldInPlainWords() {
        String deep = "[".repeat(1200) + "]".repeat(1200);
        rejects(HEADER + "{\"i\":0,\"t\":0,\"type\":\"log\",\"node\":\"n1\",\"text\":\"x\",\"data\":" + deep + "}\n",
                "h.jsonl:2: not valid JSON: nested too deeply (more than 1000 levels of arrays and objects)");
        rejects(HEADER.replace("\"seed\":7", "\"x\":" + deep),
                "h.jsonl:1: not valid JSON: nested too deeply (more than 1000 levels of arrays and objects)");
        rejects(HEADER + "{\"i\":0,\"t\":" + "9".repeat(1200) + ",\"type\":\"end\"}\n",
                "h.jsonl:2: not valid JSON: a number too long (more than 1000 characters)");
    }
}
