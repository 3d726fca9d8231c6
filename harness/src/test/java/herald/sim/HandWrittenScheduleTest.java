package herald.sim;

import static herald.sim.Runs.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import herald.history.Event;
import herald.history.History;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduleJson;
import herald.run.Run;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class HandWrittenScheduleTest {

    @Test
    void nodeOneBroadcastsWhileCutOffAndEagerReliableBroadcastDeliversEverywhereAfterTheHeal() {
        Schedule schedule = ScheduleJson.read(Path.of("..", "docs", "examples", "partition-n1-then-heal.json"));
        Run run = Runs.run(Runs.scenario("eager-rb", 3, List.of(new PlannedBroadcast(300_000, "n1", "cut off")),
                schedule, NetworkModel.DEFAULT));
        History h = run.history();
        List<Event.Fault> faults = events(h, Event.Fault.class);
        assertThat(faults).extracting(Event::t, Event.Fault::action).containsExactly(
                tuple(100_000L, "start"), tuple(600_000L, "stop"));
        assertThat(faults.get(0).detail().toString())
                .isEqualTo("{\"shape\":\"groups\",\"groups\":[[\"n1\"],[\"n2\",\"n3\"]]}");
        List<Event.Deliver> deliveries = events(h, Event.Deliver.class);
        assertThat(deliveries).extracting(Event.Deliver::node).containsExactlyInAnyOrder("n1", "n2", "n3");
        assertThat(deliveries).filteredOn(d -> !d.node().equals("n1"))
                .allSatisfy(d -> assertThat(d.t()).isGreaterThanOrEqualTo(600_000L));
        assertThat(events(h, Event.Drop.class)).hasSizeGreaterThan(10)
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo("partition"));
        assertThat(run.verdict().valid()).as(run.verdict().describe()).isTrue();
        assertThat(h.end().healedAt()).isEqualTo(600_000L);
    }
}
