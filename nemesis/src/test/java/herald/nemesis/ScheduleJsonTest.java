package herald.nemesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleJsonTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("schedule.json");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void theExampleFilesAreExactlyWhatWritingTheirSchedulesGivesBack() throws IOException {
        for (String name : List.of("partition-n1-then-heal.json", "every-fault.json")) {
            Path example = EXAMPLES.resolve(name);
            Schedule schedule = ScheduleJson.read(example);
            assertThat(ScheduleJson.write(schedule)).as(name).isEqualTo(Files.readString(example));
            assertThat(ScheduleJson.read(name, ScheduleJson.write(schedule))).isEqualTo(schedule);
        }
    }

    @Test
    void everyKindOfFaultRoundTripsThroughItsHistoryDetail() throws IOException {
        Schedule schedule = ScheduleJson.read(EXAMPLES.resolve("every-fault.json"));
        assertThat(schedule.faults()).extracting(f -> f.fault().getClass().getSimpleName()).containsExactly(
                "Loss", "Partition", "Duplicate", "Reorder", "Delay", "Crash", "Crash", "Pause");
        for (ScheduledFault f : schedule.faults()) {
            assertThat(Fault.fromDetail(f.fault().name(), f.fault().detail())).isEqualTo(f.fault());
        }
        assertThat(schedule.model()).isEqualTo("crash-recovery");
        assertThat(schedule.crashedNodes()).containsExactly("n4", "n5");
    }

    @Test
    void aGeneratedScheduleRoundTripsExactly() {
        Schedule generated = Nemeses.generate(
                NemesisOptions.parse("partition=any,loss=0.1@n1-n2,dup,reorder=5ms,delay,restart=1,pause"),
                List.of("n1", "n2", "n3", "n4", "n5"), 1_000_000, 100_000, 99);
        String text = ScheduleJson.write(generated);
        Schedule back = ScheduleJson.read("generated", text);
        assertThat(back).isEqualTo(generated);
        assertThat(ScheduleJson.write(back)).isEqualTo(text);
    }

    @Test
    void timesMayBeWrittenWithUnitsAndTheNetworkAndModelLeftOut() throws IOException {
        Schedule schedule = ScheduleJson.read(file("""
                {"faults": [{"start": "100ms", "stop": "0.5s", "fault": "loss", "p": 0.5}]}
                """));
        assertThat(schedule.faults()).containsExactly(new ScheduledFault(100_000, 500_000, new Loss(0.5)));
        assertThat(schedule.network()).isEqualTo(NetworkSemantics.DEFAULT);
        assertThat(schedule.model()).isEqualTo("crash-stop");
    }

    @Test
    void aFaultMayLeaveOutWhatHasADefault() throws IOException {
        Schedule schedule = ScheduleJson.read(file("""
                {"faults": [{"start": 0, "stop": 10, "fault": "reorder"}, {"start": 0, "stop": 10, "fault": "loss"}]}
                """));
        assertThat(schedule.faults()).extracting(ScheduledFault::fault)
                .containsExactly(new Reorder(Reorder.DEFAULT_SPREAD, java.util.List.of()), new Loss(Loss.DEFAULT_P));
    }

    @Test
    void aFaultNamingANodeOutsideTheGroupIsReportedWithItsLine() throws IOException {
        Path f = file("""
                {"faults": [
                  {"start": 0, "stop": 10, "fault": "loss", "p": 0.5},
                  {"start": 0, "stop": 10, "fault": "crash", "nodes": ["n9"]}
                ]}
                """);
        assertThatThrownBy(() -> ScheduleJson.read(f, java.util.List.of("n1", "n2", "n3")))
                .hasMessage(f + ":3: /faults/1: the crash names n9, which is not in the group n1, n2, n3");
    }

    @Test
    void aPartitionInAFileNamesItsGroups() throws IOException {
        Path f = file("""
                {"faults": [{"start": 0, "stop": 10, "fault": "partition", "shape": "halves"}]}
                """);
        assertThatThrownBy(() -> ScheduleJson.read(f)).hasMessageContaining("a partition in a schedule names its");
    }

    @Test
    void aBadFieldIsReportedWithTheFileTheLineAndThePlace() throws IOException {
        Path f = file("""
                {
                  "faults": [
                    {"start": 0, "stop": 10, "fault": "loss", "p": 0.5},
                    {"start": 0, "stop": 10, "fault": "loss",
                     "p": 1.5}
                  ]
                }
                """);
        assertThatThrownBy(() -> ScheduleJson.read(f)).isInstanceOf(ScheduleFormatException.class)
                .hasMessage(f + ":4: /faults/1: loss takes a probability between 0 and 1, got 1.5");
    }

    @Test
    void anUnknownFieldIsATypoNotSomethingToIgnore() throws IOException {
        Path f = file("""
                {"faults": [
                  {"start": 0, "stop": 10, "fault": "crash", "node": ["n1"]}
                ]}
                """);
        assertThatThrownBy(() -> ScheduleJson.read(f)).hasMessage(f + ":2: /faults/0: a crash needs at least one node");
        Path g = file("""
                {"faults": [],
                 "netwrok": "fifo"}
                """);
        assertThatThrownBy(() -> ScheduleJson.read(g))
                .hasMessage(g + ":2: /netwrok: unknown field (known: description, network, model, faults)");
    }

    @Test
    void brokenJsonAndContradictionsAreReportedWithTheirLine() throws IOException {
        Path broken = file("{\"faults\": [\n  {\"start\": 0,, }\n]}\n");
        assertThatThrownBy(() -> ScheduleJson.read(broken)).hasMessageStartingWith(broken + ":2: not JSON: ");
        Path stop = file("{\"faults\": [\n  {\"start\": 20, \"stop\": 10, \"fault\": \"pause\", \"nodes\": [\"n1\"]}\n]}\n");
        assertThatThrownBy(() -> ScheduleJson.read(stop)).hasMessage(
                stop + ":2: /faults/0: a fault must start at or after 0 and stop no earlier than it starts, got 20..10");
        Path fifo = file("{\"network\": \"fifo\",\n \"faults\": [\n"
                + "  {\"start\": 0, \"stop\": 10, \"fault\": \"reorder\", \"spread\": \"5ms\"}\n]}\n");
        assertThatThrownBy(() -> ScheduleJson.read(fifo)).hasMessageStartingWith(
                fifo + ":3: /faults/0: the network is ordered (FIFO links), so it cannot reorder packets");
        Path model = file("{\"model\": \"crash-stop\",\n \"faults\": [\n"
                + "  {\"start\": 0, \"stop\": 10, \"fault\": \"crash\", \"nodes\": [\"n1\"], \"recover\": true}\n]}\n");
        assertThatThrownBy(() -> ScheduleJson.read(model)).hasMessage(
                model + ":3: /faults/0: a crash that recovers needs \"model\": \"crash-recovery\"");
        assertThatThrownBy(() -> ScheduleJson.read(dir.resolve("none.json")))
                .hasMessage(dir.resolve("none.json") + ": no such file");
    }

    @Test
    void anEmptyListOfLinksOrNodesIsAMistakeNotEveryLinkOrNone() throws IOException {
        Path links = file("{\"faults\": [\n  {\"start\": 0, \"stop\": 10, \"fault\": \"loss\", \"p\": 0.5, \"links\": []}\n]}\n");
        assertThatThrownBy(() -> ScheduleJson.read(links)).hasMessage(links + ":2: /faults/0: \"links\" is empty: "
                + "leave it out for every link, or name some like \"n1>n2\"");
        Path nodes = file("{\"faults\": [\n  {\"start\": 0, \"stop\": 10, \"fault\": \"delay\", \"nodes\": []}\n]}\n");
        assertThatThrownBy(() -> ScheduleJson.read(nodes)).hasMessage(nodes + ":2: /faults/0: \"nodes\" is empty: "
                + "name at least one node");
    }

    @Test
    void aSecondDocumentAfterTheScheduleIsRefusedWithItsLine() throws IOException {
        Path two = file("{\"faults\": []}\n{\"faults\": []}\n");
        assertThatThrownBy(() -> ScheduleJson.read(two)).hasMessage(two + ":2: not JSON: a second value starts here, "
                + "after the first one ended; the file must hold one");
        Path trailing = file("{\"faults\": []} 5\n");
        assertThatThrownBy(() -> ScheduleJson.read(trailing)).hasMessageStartingWith(trailing + ":1: not JSON: a second");
    }
}
