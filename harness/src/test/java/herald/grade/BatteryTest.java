package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.check.Specs;
import herald.scenario.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The battery: fixed, versioned, the same scenarios every time, shaped by what each spec must survive. */
class BatteryTest {

    private static final List<String> KINDS = List.of("no-faults", "loss", "duplication", "reordering",
            "partition-random-halves", "partition-halves", "partition-isolate", "partition-bridge", "partition-ring",
            "partition-one-way", "crash", "crash-cut-off", "everything");

    @Test
    void theReliableBatteryHasEveryKindOfFaultWithFiveSeedsForClassesAndThreeForPrograms() {
        Battery classes = Battery.of(Specs.named("reliable"), Battery.Target.CLASSES);
        assertThat(classes.kinds()).extracting(Battery.Kind::name).containsExactlyElementsOf(KINDS);
        assertThat(classes.scenarios()).hasSize(65);
        assertThat(classes.scenarios().get(0).id()).isEqualTo("no-faults/1");
        assertThat(classes.kinds().get(12).nemesis())
                .isEqualTo("partition=any,loss=0.1,dup=0.1,reorder=20ms,delay,crash=1,pause");
        assertThat(classes.describe()).isEqualTo("herald-battery/2 for reliable: 13 kinds × 5 seeds = 65 scenarios");
        assertThat(Battery.of(Specs.named("reliable"), Battery.Target.PROGRAMS).scenarios()).hasSize(39);
    }

    @Test
    void bestEffortBroadcastIsGradedOnANetworkThatLosesNothing() {
        Battery battery = Battery.of(Specs.named("best-effort"), Battery.Target.CLASSES);
        assertThat(battery.kinds()).extracting(Battery.Kind::name)
                .containsExactly("no-faults", "duplication", "reordering", "crash", "everything");
        assertThat(battery.kinds().get(4).nemesis()).isEqualTo("dup=0.1,reorder=20ms,delay,crash=1,pause");
        assertThat(battery.leftOut()).containsExactly("best-effort broadcast assumes perfect links: no loss, no partition");
    }

    @Test
    void totalOrderIsGradedWithoutCrashes() {
        for (String spec : List.of("total", "fifo-total", "uniform-total")) {
            Battery battery = Battery.of(Specs.named(spec), Battery.Target.CLASSES);
            assertThat(battery.kinds()).extracting(Battery.Kind::name).doesNotContain("crash").hasSize(11);
            assertThat(battery.kinds()).extracting(Battery.Kind::nemesis).noneMatch(n -> n.contains("crash"));
        }
    }

    @Test
    void theCutOffCrashHitsASenderJustAfterItsBroadcastWhileItIsIsolated() {
        BatteryScenario s = Battery.of(Specs.named("uniform-reliable"), Battery.Target.CLASSES).only("crash-cut-off/1")
                .scenarios().get(0);
        Scenario scenario = s.scenario("x", Scenario.nodeNames(5), BatterySettings.DEFAULT);
        herald.nemesis.ScheduledFault crash = scenario.schedule().faults().stream()
                .filter(f -> f.fault() instanceof herald.nemesis.Crash).findFirst().orElseThrow();
        herald.nemesis.ScheduledFault cut = scenario.schedule().faults().stream()
                .filter(f -> f.fault() instanceof herald.nemesis.Partition).findFirst().orElseThrow();
        List<String> victims = scenario.schedule().faults().stream()
                .filter(f -> f.fault() instanceof herald.nemesis.Crash)
                .flatMap(f -> ((herald.nemesis.Crash) f.fault()).nodes().stream()).toList();
        assertThat(victims).hasSize(2);
        assertThat(((herald.nemesis.Partition) cut.fault()).groups()).contains(victims);
        assertThat(scenario.broadcasts()).anyMatch(b -> victims.contains(b.node()) && b.at() == cut.start()
                && crash.start() > b.at() && crash.start() <= b.at() + 2_000);
        assertThat(cut.stop()).isGreaterThan(crash.start());
    }

    @Test
    void eachScenarioIsTheSameEveryTime() {
        BatteryScenario s = Battery.of(Specs.named("causal"), Battery.Target.CLASSES).only("everything/3")
                .scenarios().get(0);
        Scenario once = s.scenario("x", Scenario.nodeNames(5), BatterySettings.DEFAULT);
        Scenario again = s.scenario("x", Scenario.nodeNames(5), BatterySettings.DEFAULT);
        assertThat(again).isEqualTo(once);
        assertThat(once.broadcasts()).hasSize(20);
        assertThat(once.schedule().faults()).isNotEmpty();
    }

    @Test
    void aSelectionKeepsTheBatterysOrderAndAnUnknownNameListsTheKinds() {
        Battery some = Battery.of(Specs.named("reliable"), Battery.Target.PROGRAMS).only("crash/2,no-faults");
        assertThat(some.scenarios()).extracting(BatteryScenario::id)
                .containsExactly("no-faults/1", "no-faults/2", "no-faults/3", "crash/2");
        assertThat(some.whole()).isFalse();
        assertThatThrownBy(() -> some.only("loss/9")).hasMessageStartingWith("the battery for reliable has no "
                + "scenario \"loss/9\" (its kinds: no-faults, loss, duplication,");
    }

    @Test
    void aGroupTooSmallForAChosenKindIsRefusedNamingTheKindsAndTheNodesTheyNeed() {
        Battery reliable = Battery.of(Specs.named("reliable"), Battery.Target.CLASSES);
        assertThatThrownBy(() -> reliable.checkGroup(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--nodes 2 is too few for some kinds of scenario in the battery: partition-bridge, "
                        + "partition-ring, crash, crash-cut-off and everything need at least 3 nodes; give --nodes 3 "
                        + "or more, or leave them out with --scenarios");
        assertThatThrownBy(() -> reliable.only("no-faults/1,crash/1").checkGroup(2))
                .hasMessage("--nodes 2 is too few for a kind of scenario in the battery: crash needs at least 3 "
                        + "nodes; give --nodes 3 or more, or leave it out with --scenarios");
        assertThatThrownBy(() -> Battery.of(Specs.named("total"), Battery.Target.PROGRAMS).checkGroup(2))
                .hasMessageStartingWith("--nodes 2 is too few for some kinds of scenario in the battery: "
                        + "partition-bridge and partition-ring need at least 3 nodes;");
        reliable.only("no-faults/1,loss,partition-halves").checkGroup(2);
        reliable.checkGroup(3);
    }

    @Test
    void everyKindRunsOnTheFewestNodesItSaysItNeeds() {
        for (String spec : List.of("reliable", "best-effort", "total")) {
            Battery battery = Battery.of(Specs.named(spec), Battery.Target.CLASSES);
            for (BatteryScenario s : battery.scenarios()) {
                int least = battery.kinds().stream().filter(k -> k.name().equals(s.kind())).findFirst().orElseThrow()
                        .leastNodes();
                int n = Math.max(2, least);
                assertThat(s.scenario("x", Scenario.nodeNames(n), BatterySettings.DEFAULT).nodes()).hasSize(n);
                if (least > 2) {
                    assertThatThrownBy(() -> s.scenario("x", Scenario.nodeNames(least - 1), BatterySettings.DEFAULT))
                            .as(s.id()).isInstanceOf(IllegalStateException.class)
                            .hasMessageStartingWith("Herald cannot make scenario " + s.id() + " (" + s.nemesis()
                                    + ") on " + (least - 1) + " nodes: ");
                }
            }
        }
    }

    @Test
    void eachScenarioSaysHowManyNodesItsRunsCrash() {
        Battery battery = Battery.of(Specs.named("reliable"), Battery.Target.CLASSES);
        for (int n : List.of(3, 5, 7)) {
            for (BatteryScenario s : battery.scenarios()) {
                Scenario made = s.scenario("x", Scenario.nodeNames(n), BatterySettings.DEFAULT);
                assertThat(s.crashes(n)).as(s.id() + " on " + n).isEqualTo(made.schedule().crashedNodes().size());
            }
        }
        assertThat(battery.only("crash-cut-off/1").scenarios().get(0).crashes(5)).isEqualTo(2);
        assertThat(battery.only("crash/1").scenarios().get(0).crashes(5)).isEqualTo(1);
    }
}
