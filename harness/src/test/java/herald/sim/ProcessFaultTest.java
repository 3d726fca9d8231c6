package herald.sim;

import static herald.sim.Runs.broadcasts;
import static herald.sim.Runs.during;
import static herald.sim.Runs.events;
import static herald.sim.Runs.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import herald.history.Event;
import herald.history.History;
import herald.history.NodeId;
import herald.nemesis.Crash;
import herald.nemesis.NetworkSemantics;
import herald.nemesis.Pause;
import herald.nemesis.Schedule;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.run.Run;
import herald.scenario.NetworkModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessFaultTest {

    /**
     * Logs every step it takes, ticks every 10 ms, and counts its boots in stable storage and its
     * ticks in memory, so that a history shows when it stepped and what survived a crash.
     */
    static final class Diarist implements Node {
        record Note(String text) implements Packet {
        }

        private Context context;
        private int ticks;

        @Override
        public void init(Context context) {
            this.context = context;
            int boots = context.storage().retrieve("boots", Integer.class).orElse(0) + 1;
            context.storage().store("boots", boots);
            context.log("boot " + boots);
            context.setTimer(10_000, "tick");
        }

        @Override
        public void onBroadcast(Message message) {
            context.log("broadcast " + message.id());
            context.deliver(message);
            for (NodeId q : context.nodes()) {
                if (!q.equals(context.self())) {
                    context.send(q, new Note(message.id()));
                }
            }
        }

        @Override
        public void onReceive(NodeId from, Packet packet) {
            context.log("received " + ((Note) packet).text() + " from " + from);
        }

        @Override
        public void onTimer(Object tag) {
            ticks++;
            context.log("tick " + ticks);
            context.setTimer(10_000, "tick");
        }
    }

    private static List<Event> of(History h, String node) {
        return h.events().stream().filter(e -> node.equals(nodeOf(e))).toList();
    }

    private static String nodeOf(Event e) {
        if (e instanceof Event.Log l) {
            return l.node();
        } else if (e instanceof Event.Recv r) {
            return r.node();
        } else if (e instanceof Event.Send s) {
            return s.node();
        } else if (e instanceof Event.Deliver d) {
            return d.node();
        } else if (e instanceof Event.Broadcast b) {
            return b.node();
        }
        return null;
    }

    @Test
    void aCrashedNodeTakesNoStepsAndWhatIsSentToItIsLost() {
        Run run = Runs.run(Runs.scenario("diarist", 3, broadcasts(20, 0, 1_000_000, "n1", "n3"),
                schedule(during(300_000, 300_000, new Crash(List.of("n2")))), NetworkModel.DEFAULT), Diarist::new);
        History h = run.history();
        Event.Crash crash = events(h, Event.Crash.class).get(0);
        assertThat(crash.node()).isEqualTo("n2");
        assertThat(crash.t()).isEqualTo(300_000);
        assertThat(of(h, "n2")).filteredOn(e -> e.i() < crash.i()).hasSizeGreaterThan(30);
        assertThat(of(h, "n2")).filteredOn(e -> e.i() > crash.i()).isEmpty();
        assertThat(events(h, Event.Drop.class)).hasSize(14)
                .allSatisfy(d -> assertThat(d.to() + " " + d.reason()).isEqualTo("n2 crashed"));
        assertThat(h.correct(h.nodeIndex("n2"))).isFalse();
    }

    @Test
    void aPausedNodeTakesNoStepsThenCatchesUpWithItsPacketsAndTimersLate() {
        Run run = Runs.run(Runs.scenario("diarist", 3, broadcasts(10, 0, 1_000_000, "n1"),
                schedule(during(300_000, 500_000, new Pause(List.of("n2")))), NetworkModel.DEFAULT), Diarist::new);
        History h = run.history();
        assertThat(of(h, "n2")).filteredOn(e -> e.t() > 300_000 && e.t() < 500_000).isEmpty();
        List<Event> atResume = of(h, "n2").stream().filter(e -> e.t() == 500_000).toList();
        assertThat(atResume).filteredOn(e -> e instanceof Event.Recv).hasSize(2);
        assertThat(atResume).filteredOn(e -> e instanceof Event.Log l && l.text().startsWith("tick")).hasSize(1);
        assertThat(of(h, "n2")).filteredOn(e -> e instanceof Event.Log l && l.text().startsWith("received"))
                .hasSize(10);
        assertThat(events(h, Event.Drop.class)).isEmpty();
        assertThat(events(h, Event.Crash.class)).isEmpty();
    }

    @Test
    void aBroadcastAskedOfAPausedNodeHappensWhenItResumes() {
        Run run = Runs.run(Runs.scenario("eager-rb", 3, broadcasts(1, 400_000, 400_001, "n2"),
                schedule(during(300_000, 500_000, new Pause(List.of("n2")))), NetworkModel.DEFAULT));
        Event.Broadcast b = events(run.history(), Event.Broadcast.class).get(0);
        assertThat(b.t()).isEqualTo(500_000);
        assertThat(run.deliveries()).isEqualTo(3);
    }

    @Test
    void eagerReliableBroadcastDeliversEverywhereAfterAPauseOnAnOrderedNetworkToo() {
        for (NetworkSemantics network : List.of(NetworkSemantics.DEFAULT, NetworkSemantics.FIFO)) {
            Schedule pause = schedule(during(200_000, 700_000, new Pause(List.of("n2", "n3")))).withNetwork(network);
            Run run = Runs.run(Runs.scenario("eager-rb", 5, broadcasts(30, 0, 1_000_000, "n1", "n2", "n4"), pause,
                    NetworkModel.DEFAULT));
            assertThat(run.verdict().valid()).as(run.verdict().describe()).isTrue();
            assertThat(run.deliveries()).isEqualTo(150);
        }
    }

    @Test
    void aRestartedNodeComesBackAsAFreshInstanceWithOnlyItsStableStorage() {
        Schedule restart = schedule(during(200_000, 400_000, new Crash(List.of("n2"), true)));
        Run run = Runs.run(Runs.scenario("diarist", 3, broadcasts(10, 0, 1_000_000, "n1"), restart,
                NetworkModel.DEFAULT), Diarist::new);
        History h = run.history();
        assertThat(h.header().model()).isEqualTo("crash-recovery");
        assertThat(events(h, Event.Crash.class)).extracting(Event::t).containsExactly(200_000L);
        assertThat(events(h, Event.Recover.class)).extracting(Event::t).containsExactly(400_000L);
        List<String> logs = of(h, "n2").stream().filter(e -> e instanceof Event.Log).map(e -> ((Event.Log) e).text())
                .toList();
        assertThat(logs).contains("boot 1", "boot 2", "tick 19");
        List<String> afterReboot = logs.subList(logs.indexOf("boot 2"), logs.size());
        assertThat(afterReboot.stream().filter(text -> text.startsWith("tick")).findFirst()).hasValue("tick 1");
        assertThat(of(h, "n2")).filteredOn(e -> e.t() > 200_000 && e.t() < 400_000).isEmpty();
        assertThat(h.correct(h.nodeIndex("n2"))).isTrue();
    }

    @Test
    void overlappingRestartsBringANodeBackAtTheLastStopAndACrashForGoodDuringOneKeepsItDown() {
        Schedule twice = schedule(during(100_000, 300_000, new Crash(List.of("n2"), true)),
                during(200_000, 500_000, new Crash(List.of("n2"), true)));
        History h = Runs.run(Runs.scenario("diarist", 3, broadcasts(10, 0, 1_000_000, "n1"), twice,
                NetworkModel.DEFAULT), Diarist::new).history();
        assertThat(events(h, Event.Crash.class)).extracting(Event::t).containsExactly(100_000L);
        assertThat(events(h, Event.Recover.class)).extracting(Event::t).containsExactly(500_000L);
        assertThat(of(h, "n2")).filteredOn(e -> e.t() > 100_000 && e.t() < 500_000).isEmpty();

        Schedule forGood = schedule(during(0, 100_000, new Crash(List.of("n2"), true)),
                during(50_000, 50_000, new Crash(List.of("n2"))));
        h = Runs.run(Runs.scenario("diarist", 3, broadcasts(10, 0, 1_000_000, "n1"), forGood,
                NetworkModel.DEFAULT), Diarist::new).history();
        assertThat(events(h, Event.Crash.class)).extracting(Event::t).containsExactly(0L);
        assertThat(events(h, Event.Recover.class)).isEmpty();
        assertThat(of(h, "n2")).filteredOn(e -> e.t() > 0).isEmpty();
        assertThat(h.correct(h.nodeIndex("n2"))).isFalse();
    }
}
