package herald.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import herald.history.HistoryCollector;
import herald.history.NodeId;
import herald.history.Recorder;
import herald.nemesis.Crash;
import herald.nemesis.Fault;
import herald.nemesis.Pause;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.scenario.NetworkModel;
import herald.scenario.Scenario;
import herald.scenario.Timing;
import herald.sim.Simulation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regressions: the real-time injector keeps who is down and how many pauses hold whom, as the
 * simulator does, and tells the processes only of changes.
 */
class RealTimeInjectorTest {

    private static final List<String> NODES = List.of("n1", "n2", "n3");

    private final HistoryCollector memory = new HistoryCollector();
    private final SharedRecorder recorder = new SharedRecorder(
            new Recorder(Header.of(NODES).withModel("crash-recovery").withClock("wall"), memory), new WallClock());
    private final Actions processes = new Actions();
    private final List<String> actions = processes.told;
    private final RealTimeInjector injector = new RealTimeInjector(recorder, active -> { }, processes, NODES);

    @Test
    void aNodeWhoseOwnCodeFailedIsNeitherCrashedAgainNorBroughtBackByARecoveringCrash() {
        assertThat(injector.failed("n1", "boom")).isTrue();
        Crash restart = new Crash(List.of("n1"), true);
        injector.start(restart);
        injector.stop(restart);
        assertThat(injector.failed("n1", "again")).isFalse();
        assertThat(injector.down("n1")).isTrue();
        assertThat(actions).isEmpty();
        assertThat(memory.history().events()).filteredOn(e -> !(e instanceof Event.Fault))
                .extracting(e -> e.type() + " " + ((Event.Crash) e).reason()).containsExactly("crash boom");
    }

    @Test
    void overlappingRestartsBringANodeBackAtTheLastStopAndACrashForGoodDuringOneKeepsItDown() {
        Crash first = new Crash(List.of("n1"), true);
        Crash second = new Crash(List.of("n1"), true);
        injector.start(first);
        injector.start(second);
        injector.stop(first);
        assertThat(actions).containsExactly("crash n1");
        injector.stop(second);
        assertThat(actions).containsExactly("crash n1", "recover n1");
        Crash restart = new Crash(List.of("n2"), true);
        Crash forGood = new Crash(List.of("n2"));
        injector.start(restart);
        injector.start(forGood);
        injector.stop(forGood);
        injector.stop(restart);
        assertThat(actions).containsExactly("crash n1", "recover n1", "crash n2");
        assertThat(injector.down("n2")).isTrue();
    }

    @Test
    void aNodeHeldByTwoOverlappingPausesResumesOnlyAtTheStopOfTheLast() {
        Pause first = new Pause(List.of("n2"));
        Pause second = new Pause(List.of("n2", "n3"));
        injector.start(first);
        injector.start(second);
        injector.stop(first);
        assertThat(actions).containsExactly("pause n2", "pause n3");
        injector.stop(second);
        assertThat(actions).containsExactly("pause n2", "pause n3", "resume n2", "resume n3");
    }

    @Test
    void aNodeThatCrashesAndComesBackInsideAPauseComesBackPausedAndItsPausesStillCount() {
        Pause pause = new Pause(List.of("n1"));
        Crash restart = new Crash(List.of("n1"), true);
        injector.start(pause);
        injector.start(restart);
        injector.stop(restart);
        injector.stop(pause);
        injector.start(pause);
        assertThat(actions).containsExactly("pause n1", "crash n1", "recover n1 paused", "resume n1", "pause n1");
    }

    @Test
    void aPauseOfACrashedNodeIsNotCarriedOutButCountsWhenItComesBack() {
        Crash restart = new Crash(List.of("n1"), true);
        Pause pause = new Pause(List.of("n1"));
        injector.start(restart);
        injector.start(pause);
        injector.stop(restart);
        injector.stop(pause);
        assertThat(actions).containsExactly("crash n1", "recover n1 paused", "resume n1");
    }

    /** Ticks once at 150 ms; n3's tick throws, as a buggy handler does. */
    static final class Tripwire implements Node {
        private Context context;

        @Override
        public void init(Context context) {
            this.context = context;
            context.setTimer(150_000, "trip");
        }

        @Override
        public void onBroadcast(Message message) {
        }

        @Override
        public void onReceive(NodeId from, Packet packet) {
        }

        @Override
        public void onTimer(Object tag) {
            if (context.self().name().equals("n3") && context.now() == 150_000) {
                throw new IllegalStateException("tripped");
            }
        }
    }

    @Test
    void crashesRecoveriesAndPausesAreTheSimulatorsForTheSameScheduleAndTheSameFailure() {
        Schedule schedule = new Schedule(List.of(
                new ScheduledFault(100_000, 600_000, new Pause(List.of("n1"))),
                new ScheduledFault(200_000, 300_000, new Crash(List.of("n1"), true)),
                new ScheduledFault(400_000, 500_000, new Pause(List.of("n1"))),
                new ScheduledFault(100_000, 400_000, new Crash(List.of("n2"), true)),
                new ScheduledFault(300_000, 450_000, new Crash(List.of("n2"), true)),
                new ScheduledFault(200_000, 300_000, new Crash(List.of("n3"), true))));
        Scenario scenario = new Scenario("tripwire", NODES, List.of(), schedule, 1, new Timing(700_000, 100_000),
                NetworkModel.DEFAULT);
        HistoryCollector simulated = new HistoryCollector();
        new Simulation(scenario, Tripwire::new, new Recorder(Header.of(NODES).withModel("crash-recovery"), simulated),
                false).run();

        record Change(long at, int order, Runnable apply) {
        }
        List<Change> changes = new ArrayList<>();
        int order = 0;
        for (ScheduledFault f : schedule.faults()) {
            Fault fault = f.fault();
            changes.add(new Change(f.start(), order++, () -> injector.start(fault)));
            changes.add(new Change(f.stop(), order++, () -> injector.stop(fault)));
        }
        changes.add(new Change(150_000, order, () -> injector.failed("n3", "tripped")));
        changes.stream().sorted(Comparator.comparingLong(Change::at).thenComparingInt(Change::order))
                .forEach(change -> change.apply().run());

        assertThat(processEvents(memory.history())).isEqualTo(processEvents(simulated.history()))
                .contains("crash n3 failed", "recover n1", "recover n2").doesNotContain("recover n3");
        assertThat(actions).containsExactly("crash n2", "pause n1", "crash n1", "recover n1 paused", "recover n2",
                "resume n1");
    }

    private static List<String> processEvents(History h) {
        List<String> seen = new ArrayList<>();
        for (Event e : h.events()) {
            if (e instanceof Event.Fault f) {
                seen.add(f.action() + " " + f.fault());
            } else if (e instanceof Event.Crash c) {
                seen.add("crash " + c.node() + (c.reason() == null ? "" : " failed"));
            } else if (e instanceof Event.Recover r) {
                seen.add("recover " + r.node());
            }
        }
        return seen;
    }
}
