package herald.sim;

import static herald.sim.Runs.during;
import static herald.sim.Runs.events;
import static herald.sim.Runs.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import herald.history.Event;
import herald.history.History;
import herald.nemesis.Duplicate;
import herald.nemesis.Loss;
import herald.nemesis.NemesisOptions;
import herald.nemesis.NetworkSemantics;
import herald.nemesis.Partition;
import herald.nemesis.Reorder;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduleJson;
import herald.protocol.Protocols;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.scenario.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A packet's fate is a function of the seed and the packet's identity (its link and its number on
 * the link), so that taking one broadcast or one fault out of a scenario, as a shrinker does,
 * changes nothing about packets on unrelated links.
 */
class PacketFateTest {

    @TempDir
    Path dir;

    private static final Schedule TROUBLE = schedule(during(0, 1_000_000, new Loss(0.3)),
            during(0, 1_000_000, new Duplicate(0.3)), during(0, 1_000_000, new Reorder(10_000)));

    private static final List<PlannedBroadcast> PLANNED = Runs.broadcasts(40, 0, 1_000_000, "n1", "n2");

    /** What happened to each packet {@code sender} sent, in send order: when it left, and each arrival or drop. */
    private static List<String> fates(History h, String sender) {
        List<String> fates = new ArrayList<>();
        for (Event.Send s : events(h, Event.Send.class)) {
            if (!s.node().equals(sender)) {
                continue;
            }
            StringBuilder fate = new StringBuilder(s.t() + " " + s.node() + ">" + s.to() + ":");
            for (Event e : h.events()) {
                if (e instanceof Event.Recv r && r.packet() == s.packet()) {
                    fate.append(" arrived at ").append(r.t());
                } else if (e instanceof Event.Drop d && d.packet() == s.packet()) {
                    fate.append(" dropped (").append(d.reason()).append(")");
                }
            }
            fates.add(fate.toString());
        }
        return fates;
    }

    private static History run(List<PlannedBroadcast> planned, Schedule schedule) {
        return Runs.run(Runs.scenario("best-effort", 3, planned, schedule, NetworkModel.DEFAULT)).history();
    }

    @Test
    void removingOneBroadcastLeavesTheFateOfEveryPacketOnUnrelatedLinksUnchanged() {
        History all = run(PLANNED, TROUBLE);
        List<PlannedBroadcast> fewer = new ArrayList<>(PLANNED);
        fewer.remove(10);
        History one = run(fewer, TROUBLE);
        assertThat(PLANNED.get(10).node()).isEqualTo("n1");
        assertThat(fates(one, "n2")).hasSize(60).isEqualTo(fates(all, "n2"));
        assertThat(fates(all, "n2")).anyMatch(f -> f.contains("dropped (loss)"))
                .anyMatch(f -> f.indexOf("arrived") != f.lastIndexOf("arrived"));
        assertThat(fates(one, "n1")).hasSize(57).isNotEqualTo(fates(all, "n1").subList(0, 57));
    }

    @Test
    void removingOneFaultLeavesTheFateOfEveryPacketItDidNotTouchUnchanged() {
        Partition cut = Partition.ofGroups("groups", List.of(List.of("n1"), List.of("n3")));
        History with = run(PLANNED, TROUBLE.withFaults(new ArrayList<>(List.of(TROUBLE.faults().get(0),
                TROUBLE.faults().get(1), TROUBLE.faults().get(2), during(200_000, 600_000, cut)))));
        History without = run(PLANNED, TROUBLE);
        assertThat(fates(with, "n2")).isEqualTo(fates(without, "n2"));
        assertThat(fates(with, "n1")).anyMatch(f -> f.contains("dropped (partition)"));
    }

    @Test
    void theSameSeedGivesAByteIdenticalHistoryUnderEveryKindOfFault() throws IOException {
        Schedule everyFault = ScheduleJson.read(Path.of("..", "docs", "examples", "every-fault.json"));
        Scenario handWritten = new Scenario("eager-rb", Scenario.nodeNames(5), Runs.broadcasts(30, 0, 900_000,
                "n1", "n2", "n3", "n4"), everyFault, 23, Timing.DEFAULT, NetworkModel.DEFAULT);
        Scenario generated = ScenarioParameters.of("eager-rb", 5, 30, NemesisOptions.parse(
                "partition=any,loss,dup,reorder,delay,restart,pause")).generate(23);
        Scenario fifo = ScenarioParameters.of("eager-rb", 5, 30, NemesisOptions.parse(
                "partition=any,loss,dup,delay,crash,pause").withNetwork(
                        NetworkSemantics.FIFO)).generate(23);
        for (Scenario scenario : List.of(handWritten, generated, fifo)) {
            Path first = dir.resolve("first.jsonl");
            Path second = dir.resolve("second.jsonl");
            Runs.run(scenario, Protocols.named("eager-rb"), first);
            Runs.run(scenario, Protocols.named("eager-rb"), second);
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
            List<String> lines = Files.readAllLines(first);
            assertThat(lines).hasSizeGreaterThan(1_000);
            assertThat(lines).anyMatch(l -> l.contains("\"type\":\"drop\""))
                    .anyMatch(l -> l.contains("\"fault\":\"pause\""));
        }
    }
}
