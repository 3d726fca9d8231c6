package herald.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.history.Event;
import herald.history.Header;
import herald.history.HistoryCollector;
import herald.history.Recorder;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import herald.scenario.NetworkModel;
import herald.scenario.Scenario;
import herald.scenario.Timing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regressions: a fault the nemesis could not inject used to vanish on its thread while the history
 * claimed it; now it ends the run as inconclusive, naming the fault and the reason.
 */
class WallClockNemesisTest {

    private static final List<String> NODES = List.of("n1", "n2");

    private final WallClock clock = new WallClock();
    private final HistoryCollector memory = new HistoryCollector();
    private final SharedRecorder recorder =
            new SharedRecorder(new Recorder(Header.of(NODES).withClock("wall"), memory), clock);
    private final FirstFailure failures = new FirstFailure(clock);
    private final List<String> reconfigured = Collections.synchronizedList(new ArrayList<>());

    /** A firewall that refuses any partition, as iptables-restore does when something is wrong. */
    private final NetworkFaults refusing = active -> {
        if (active.stream().anyMatch(f -> f instanceof Partition)) {
            IOException refused = new IOException("iptables-restore: line 4 failed");
            throw new UncheckedIOException(refused.getMessage(), refused);
        }
        reconfigured.add(active.toString());
    };

    private final ProcessControl nobody = new Actions();

    private static final Partition CUT = new Partition("groups", List.of(List.of("n1"), List.of("n2")));

    @Test
    void aFaultThatCannotBeInjectedIsRethrownByAwaitHealedNamingTheFaultAndTheReason() throws Exception {
        Schedule schedule = new Schedule(List.of(new ScheduledFault(10_000, 40_000, CUT),
                new ScheduledFault(60_000, 80_000, new Loss(0.5))));
        WallClockNemesis nemesis = new WallClockNemesis(schedule, new RealTimeInjector(recorder, refusing, nobody, NODES),
                clock, failures);
        nemesis.start(0);
        assertThatThrownBy(nemesis::awaitHealed).isInstanceOf(Inconclusive.class)
                .hasMessageMatching("inconclusive run: the nemesis could not start partition "
                        + "\\{\"shape\":\"groups\",\"groups\":\\[\\[\"n1\"],\\[\"n2\"]]} at \\d+ ms: "
                        + "iptables-restore: line 4 failed");
        clock.sleepUntil(120_000);
        nemesis.close();
        assertThat(reconfigured).as("nothing is applied after the failure").isEmpty();
        assertThat(memory.history().events()).filteredOn(e -> e instanceof Event.Fault)
                .extracting(e -> ((Event.Fault) e).action()).containsExactly("start");
    }

    @Test
    void aRunWhoseFaultCannotBeInjectedEndsAtOnceWithoutEndAndClosesEverything() {
        Schedule schedule = new Schedule(List.of(new ScheduledFault(10_000, 40_000, CUT)));
        Scenario scenario = new Scenario("any", NODES, List.of(), schedule, 1, new Timing(5_000_000, 1_000_000),
                NetworkModel.DEFAULT);
        List<String> stages = new ArrayList<>();
        RealTimeRun run = new RealTimeRun(scenario, recorder, new RealTimeInjector(recorder, refusing, nobody, NODES),
                failures);
        List<RealTimeRun.Request> workload = List.of(new RealTimeRun.Request(4_000_000, () -> stages.add("asked")));
        assertThatThrownBy(() -> run.play(new RealTimeRun.Stages() {
            @Override
            public String startNodes() {
                stages.add("started");
                return null;
            }

            @Override
            public long lastArrival() {
                return 0;
            }

            @Override
            public void close() {
                stages.add("closed");
            }
        }, workload)).isInstanceOf(Inconclusive.class).hasMessageContaining("could not start partition");
        assertThat(clock.now()).as("it did not wait for the workload").isLessThan(2_000_000);
        assertThat(stages).containsExactly("started", "closed");
        assertThat(memory.history().events()).noneMatch(e -> e instanceof Event.End);
    }
}
