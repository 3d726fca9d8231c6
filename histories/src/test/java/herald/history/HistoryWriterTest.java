package herald.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyEventTypeRoundTripsThroughAFile() {
        Path file = dir.resolve("h.jsonl");
        ObjectNode detail = Json.MAPPER.createObjectNode().put("p", 0.2);
        ObjectNode packet = Json.MAPPER.createObjectNode().put("kind", "Data");
        ObjectNode unknown = Json.MAPPER.createObjectNode().put("i", 10).put("t", 9).put("type", "note").put("x", 1);
        List<Event> events = List.of(
                new Event.Broadcast(0, 0, "n1", "n1-1", "a"),
                new Event.Deliver(1, 1, "n2", "n1-1", "n1", "a"),
                new Event.Crash(2, 2, "n3", "IllegalStateException: boom"),
                new Event.Recover(3, 3, "n3"),
                new Event.Fault(4, 4, "start", "loss", detail),
                new Event.Send(5, 5, "n1", "n2", 17, packet),
                new Event.Recv(6, 6, "n2", "n1", 17),
                new Event.Drop(7, 7, "n1", "n2", 17, "loss"),
                new Event.Log(8, 8, "n1", "hello"),
                new Event.Fault(9, 9, "stop", "loss", null),
                new Event.Unknown(10, 9, "note", unknown),
                new Event.End(11, 10, 9L));
        try (HistoryWriter writer = HistoryWriter.create(file)) {
            writer.header(Header.of(List.of("n1", "n2", "n3")).withModel(Header.CRASH_RECOVERY).with("seed", 7));
            events.forEach(writer::event);
        }
        History back = HistoryReader.read(file);
        assertThat(back.events()).isEqualTo(events);
        assertThat(back.header().crashRecovery()).isTrue();
        assertThat(back.header().text("seed")).isEqualTo("7");
    }

    @Test
    void eachLineIsOnDiskAsSoonAsItIsWritten() throws IOException {
        Path file = dir.resolve("h.jsonl");
        HistoryWriter writer = HistoryWriter.create(file);
        writer.header(Header.of(List.of("n1")));
        writer.event(new Event.Crash(0, 5, "n1", null));
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("{\"i\":0,\"t\":5,\"type\":\"crash\",\"node\":\"n1\"}");
        writer.close();
    }

    @Test
    void theHeaderIsWrittenWithItsFieldsInAFixedOrder() {
        Header header = Header.of(List.of("n1", "n2")).with("protocol", "eager-rb").with("seed", 42);
        assertThat(HistoryWriter.line(header)).isEqualTo("{\"type\":\"header\",\"format\":\"herald-history/1\","
                + "\"nodes\":[\"n1\",\"n2\"],\"model\":\"crash-stop\",\"clock\":\"virtual\",\"time_unit\":\"us\","
                + "\"protocol\":\"eager-rb\",\"seed\":42}");
    }

    @Test
    void nodeIdsOrderByTheirNumber() {
        List<NodeId> ids = List.of(NodeId.of("n10"), NodeId.of("n2"), NodeId.of("n1"), NodeId.of("a"));
        assertThat(ids.stream().sorted().map(NodeId::name).toList()).containsExactly("a", "n1", "n2", "n10");
    }
}
