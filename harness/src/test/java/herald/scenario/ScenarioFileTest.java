package herald.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.nemesis.Crash;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioFileTest {

    private static final Scenario SCENARIO = new Scenario("eager-rb", List.of("n1", "n2", "n3"),
            List.of(new PlannedBroadcast(12_000, "n1", "v1"), new PlannedBroadcast(40_000, "n3", "v2")),
            new Schedule(List.of(
                    new ScheduledFault(0, 30_000, Partition.ofGroups("groups", List.of(List.of("n1"), List.of("n2", "n3")))),
                    new ScheduledFault(5_000, 50_000, new Loss(1, List.of(new Link("n3", "n2")))),
                    new ScheduledFault(20_000, 20_000, new Crash(List.of("n1"))))),
            7, new Timing(50_000, 1_000_000), NetworkModel.DEFAULT);

    private static final ScenarioFile FILE = new ScenarioFile(SCENARIO, "reliable", "partition,loss=0.1,crash=1", true,
            "n1 cut off, then crashed", null);

    @Test
    void aScenarioFileIsWrittenOneBroadcastAndOneFaultALine() {
        assertThat(FILE.write()).isEqualTo("""
                {
                  "format": "herald-scenario/1",
                  "description": "n1 cut off, then crashed",
                  "protocol": "eager-rb",
                  "spec": "reliable",
                  "nemesis": "partition,loss=0.1,crash=1",
                  "seed": 7,
                  "nodes": ["n1", "n2", "n3"],
                  "window": 50000,
                  "quiet": 1000000,
                  "latency": {"min": 1000, "mean_extra": 2000, "max": 20000},
                  "trace_packets": true,
                  "broadcasts": [
                    {"at": 12000, "node": "n1", "data": "v1"},
                    {"at": 40000, "node": "n3", "data": "v2"}
                  ],
                  "schedule": {
                    "network": "unordered,lossy,duplicating",
                    "model": "crash-stop",
                    "faults": [
                      {"start": 0, "stop": 30000, "fault": "partition", "shape": "groups", "groups": [["n1"], ["n2", "n3"]]},
                      {"start": 5000, "stop": 50000, "fault": "loss", "p": 1.0, "links": ["n3>n2"]},
                      {"start": 20000, "stop": 20000, "fault": "crash", "nodes": ["n1"]}
                    ]
                  }
                }
                """);
    }

    @Test
    void readingWhatWasWrittenGivesTheSameScenarioFile() {
        assertThat(ScenarioFile.read("scenario.json", FILE.write())).isEqualTo(FILE);
        ScenarioFile student = new ScenarioFile(SCENARIO, "reliable", "none", false, null, "course.MyBroadcast");
        assertThat(ScenarioFile.read("scenario.json", student.write())).isEqualTo(student);
    }

    private static String badLine(String from, String to) {
        return FILE.write().replace(from, to);
    }

    @Test
    void aBadFileIsReportedWithItsLineAndTheJsonPointerOfTheProblem() {
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"n3\", \"data\": \"v2\"", "\"n9\", \"data\": \"v2\"")))
                .isInstanceOf(ScenarioFormatException.class)
                .hasMessage("s.json:15: /broadcasts/1/node: node n9 is not in the group [n1, n2, n3]");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"p\": 1.0", "\"p\": 3")))
                .hasMessageStartingWith("s.json:22: /schedule/faults/1: ");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"seed\": 7", "\"seed\": \"seven\"")))
                .hasMessage("s.json:7: /seed: \"seed\" must be a whole number");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"protocol\": \"eager-rb\"", "\"protocol\": \"gossip\"")))
                .hasMessage("s.json:4: /protocol: unknown protocol \"gossip\" (see herald list; a class of your own goes in \"class\")");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"window\"", "\"colour\": 1, \"window\"")))
                .hasMessageStartingWith("s.json:9: /colour: unknown field (known: format, description, protocol, class,");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"quiet\": 1000000", "\"quiet\": -1")))
                .hasMessage("s.json:10: /quiet: \"quiet\" must be a whole number of microseconds from 0 to an hour "
                        + "(3600000000)");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"window\": 50000", "\"window\": 9223372036854775807")))
                .hasMessage("s.json:9: /window: \"window\" must be a whole number of microseconds from 0 to an hour "
                        + "(3600000000)");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"at\": 40000", "\"at\": 3600000001")))
                .hasMessage("s.json:15: /broadcasts/1/at: \"at\" must be a whole number of microseconds from 0 to an "
                        + "hour (3600000000)");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"nodes\": [\"n1\"]}", "\"nodes\": [\"n7\"]}")))
                .hasMessageStartingWith("s.json:23: /schedule/faults/2: ")
                .hasMessageContaining("n7");
        String noSchedule = FILE.write().substring(0, FILE.write().indexOf(",\n  \"schedule\"")) + "\n}\n";
        assertThatThrownBy(() -> ScenarioFile.read("s.json", noSchedule))
                .hasMessage("s.json:1: /schedule: \"schedule\" is missing");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", "{\"format\": "))
                .hasMessageStartingWith("s.json:1: not JSON: ");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", badLine("\"seed\": 7", "\"seed\": 7, \"seed\": 8")))
                .hasMessage("s.json:7: not JSON: field \"seed\" appears twice");
        assertThatThrownBy(() -> ScenarioFile.read("s.json", "[]"))
                .hasMessage("s.json:1: a scenario file is a JSON object with \"format\": \"herald-scenario/1\"");
    }
}
