package herald.maelstrom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code herald node}: a Herald protocol speaking Maelstrom's protocol, fed lines and read back. */
class NodeProgramTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Reads what a node wrote with its numbers as written, so that a test sees 1E+400 where it is. */
    private static final com.fasterxml.jackson.databind.ObjectMapper EXACT = new com.fasterxml.jackson.databind
            .ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** Runs a node on {@code lines} until they end; returns what it wrote on stdout, parsed. */
    private List<JsonNode> run(Protocol protocol, int expectedExit, String... lines) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] in = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        int exit = new NodeProgram(protocol, 1, new ByteArrayInputStream(in),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run();
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(expectedExit);
        List<JsonNode> written = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isEmpty()) {
                written.add(EXACT.readTree(line));
            }
        }
        return written;
    }

    private static final String INIT = "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"init\",\"msg_id\":1,"
            + "\"node_id\":\"n0\",\"node_ids\":[\"n0\",\"n1\"]}}";

    @Test
    void aBroadcastIsAcknowledgedRelayedAsAPacketAndReadBackOnceDelivered() throws Exception {
        List<JsonNode> out = run(Protocols.named("best-effort"), 0, INIT,
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"topology\",\"msg_id\":2,\"topology\":{}}}",
                "{\"id\":7,\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"broadcast\",\"msg_id\":3,\"message\":17}}",
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"read\",\"msg_id\":4}}");
        assertThat(out).extracting(j -> j.at("/body/type").asText())
                .containsExactly("init_ok", "topology_ok", "herald", "broadcast_ok", "read_ok");
        assertThat(out.get(0).at("/body/in_reply_to").asLong()).isEqualTo(1);
        JsonNode packet = out.get(2);
        assertThat(packet.get("src").asText()).isEqualTo("n0");
        assertThat(packet.get("dest").asText()).isEqualTo("n1");
        assertThat(packet.at("/body/packet/@type").asText()).isEqualTo("herald.broadcast.BestEffortBroadcast$Data");
        assertThat(packet.at("/body/packet/message").toString())
                .isEqualTo("{\"id\":\"17\",\"origin\":\"n0\",\"data\":\"17\"}");
        assertThat(out.get(4).at("/body/messages").toString()).isEqualTo("[17]");
        assertThat(out.get(4).at("/body/in_reply_to").asLong()).isEqualTo(4);
    }

    @Test
    void aRequestIsAnsweredWithItsMsgIdAndItsValueExactlyAsTheClientWroteThem() throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode line : run(Protocols.named("best-effort"), 0, INIT,
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"broadcast\",\"msg_id\":99999999999999999999999,"
                        + "\"message\":1e400}}",
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"frobnicate\",\"msg_id\":99999999999999999999998}}",
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"read\",\"msg_id\":5}}")) {
            out.add(line.get("body").toString());
        }
        assertThat(out).anyMatch(b -> b.startsWith("{\"type\":\"broadcast_ok\",\"in_reply_to\":99999999999999999999999,"))
                .anyMatch(b -> b.startsWith("{\"type\":\"error\",\"in_reply_to\":99999999999999999999998,"))
                .anyMatch(b -> b.startsWith("{\"type\":\"read_ok\",\"in_reply_to\":5,\"messages\":[1E+400],"));
    }

    @Test
    void aRequestWithoutANumberForItsMsgIdGetsAReplyThatAnswersNone() throws Exception {
        List<JsonNode> out = run(Protocols.named("best-effort"), 0, INIT,
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"read\",\"msg_id\":\"abc\"}}",
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"read\"}}");
        assertThat(out).extracting(j -> j.at("/body/type").asText()).containsExactly("init_ok", "read_ok", "read_ok");
        assertThat(out.subList(1, 3)).allSatisfy(reply -> assertThat(reply.get("body").has("in_reply_to")).isFalse());
    }

    @Test
    void aPacketFromAnotherNodeIsDecodedAndHandedToTheProtocol() throws Exception {
        List<JsonNode> out = run(Protocols.named("best-effort"), 0, INIT,
                "{\"src\":\"n1\",\"dest\":\"n0\",\"body\":{\"type\":\"herald\",\"packet\":{\"@type\":"
                        + "\"herald.broadcast.BestEffortBroadcast$Data\",\"message\":{\"id\":\"5\",\"origin\":\"n1\","
                        + "\"data\":\"5\"}}}}",
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"read\",\"msg_id\":2}}");
        assertThat(out.get(out.size() - 1).at("/body/messages").toString()).isEqualTo("[5]");
    }

    @Test
    void underHeraldEveryDeliveryIsReportedToTheReservedDestination() throws Exception {
        String init = INIT.replace("\"node_ids\":[\"n0\",\"n1\"]",
                "\"node_ids\":[\"n0\",\"n1\"],\"herald\":{\"deliver_to\":\"herald\"}");
        List<JsonNode> out = run(Protocols.named("best-effort"), 0, init,
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"broadcast\",\"msg_id\":2,\"message\":3}}");
        assertThat(out).filteredOn(j -> j.get("dest").asText().equals("herald")).singleElement()
                .satisfies(j -> assertThat(j.get("body").toString())
                        .isEqualTo("{\"type\":\"deliver\",\"message\":3,\"origin\":\"n0\"}"));
    }

    @Test
    void junkIsSkippedWithANoteAndAnUnknownRequestGetsNotSupported() throws Exception {
        List<JsonNode> out = run(Protocols.named("best-effort"), 0, INIT, "hello",
                "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"cas\",\"msg_id\":9}}");
        assertThat(out.get(1).get("body").toString()).isEqualTo("{\"type\":\"error\",\"in_reply_to\":9,\"code\":10,"
                + "\"text\":\"herald node does not know cas\",\"msg_id\":2}");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ignored a line that is not a message (not JSON): hello");
    }

    @Test
    void aHugeLineThatIsNotAMessageIsNotedInPart() throws Exception {
        String deep = "[".repeat(100_000);
        run(Protocols.named("best-effort"), 0, INIT, deep);
        String note = err.toString(StandardCharsets.UTF_8).strip();
        assertThat(note).startsWith("herald node: ignored a line that is not a message (")
                .endsWith("[".repeat(NodeProgram.SHOWN) + "… (100000 characters)");
        assertThat(note.length()).isLessThan(400);
    }

    /** A node whose handler throws at the first broadcast. */
    public static final class Throws implements Node {
        @Override
        public void init(Context context) {
        }

        @Override
        public void onBroadcast(Message message) {
            throw new IllegalStateException("no broadcasts today");
        }

        @Override
        public void onReceive(herald.history.NodeId from, Packet packet) {
        }
    }

    @Test
    void aHandlerThatThrowsCrashesTheNodeWithExitCodeOneAndItsStackTraceOnStderr() throws Exception {
        Protocol throwing = Protocol.reference("throws", "reliable", "throws", Set.of(), Throws::new);
        run(throwing, 1, INIT, "{\"src\":\"c0\",\"dest\":\"n0\",\"body\":{\"type\":\"broadcast\",\"msg_id\":2,"
                + "\"message\":1}}");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("herald node: n0 crashed: "
                + "java.lang.IllegalStateException: no broadcasts today", "at herald.maelstrom.NodeProgramTest$Throws");
    }

    @Test
    void envelopesThatAreNotMessagesSayWhy() throws IOException {
        assertThat(reason("{\"src\":\"n1\",\"body\":{\"type\":\"x\"}}")).isEqualTo("no \"dest\" string");
        assertThat(reason("{\"src\":\"n1\",\"dest\":\"n2\",\"body\":{}}")).isEqualTo("its body has no string \"type\"");
        assertThat(reason("[1]")).isEqualTo("not a JSON object");
        assertThat(reason("{\"src\":")).isEqualTo("not JSON");
    }

    private static String reason(String line) {
        try {
            Envelope.parse(line);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
