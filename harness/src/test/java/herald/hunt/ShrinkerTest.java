package herald.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.nemesis.Crash;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.Timing;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShrinkerTest {

    private static final Protocol NO_RELAY = Protocols.named("eager-rb-no-relay");
    private static final Target TARGET = new Target(NO_RELAY, Specs.named("reliable"), null);

    /**
     * Five processes, six broadcasts and three faults, of which what matters is: n5 broadcasts
     * while cut off from n1, and crashes before the cut heals.
     */
    private static final Scenario CROWDED = new Scenario("eager-rb-no-relay", Scenario.nodeNames(5), List.of(
            new PlannedBroadcast(50_000, "n2", "v1"), new PlannedBroadcast(120_000, "n5", "v2"),
            new PlannedBroadcast(130_000, "n3", "v3"), new PlannedBroadcast(300_000, "n4", "v4"),
            new PlannedBroadcast(450_000, "n1", "v5"), new PlannedBroadcast(600_000, "n2", "v6")),
            new Schedule(List.of(
                    new ScheduledFault(100_000, 400_000, Partition.ofGroups("halves",
                            List.of(List.of("n1", "n2"), List.of("n3", "n4", "n5")))),
                    new ScheduledFault(140_000, 140_000, new Crash(List.of("n5"))),
                    new ScheduledFault(500_000, 700_000, new Loss(0.1)))),
            3, Timing.DEFAULT, NetworkModel.DEFAULT);

    private static Hunt.Found found(Scenario scenario) {
        Case drawn = new Case(scenario, "test");
        Run run = Trials.run(TARGET, drawn, null, false);
        return new Hunt.Found(scenario.seed(), drawn, run, TARGET.caught(run.verdict()));
    }

    @Test
    void aFailingScenarioShrinksToTheNodesTheBroadcastAndTheFaultsThatMatterAndStillFailsTheSameWay() {
        Hunt.Found found = found(CROWDED);
        assertThat(found.property()).isEqualTo("agreement");
        Shrinker.Shrunk shrunk = new Shrinker(TARGET, true, 3000).shrink(found);
        Scenario small = shrunk.shrunk().scenario();
        assertThat(small.nodes()).hasSizeLessThanOrEqualTo(3).first().isEqualTo("n1");
        assertThat(small.broadcasts()).hasSize(1);
        assertThat(small.broadcasts().get(0).data()).isEqualTo("v1");
        assertThat(small.schedule().faults()).hasSizeLessThanOrEqualTo(2)
                .anyMatch(f -> f.fault() instanceof Crash);
        assertThat(shrunk.steps()).isPositive();
        assertThat(shrunk.runs()).isGreaterThanOrEqualTo(shrunk.steps());
        Run again = Trials.run(TARGET, shrunk.shrunk(), null, false);
        assertThat(again.verdict().outcome("agreement").valid()).isFalse();
        assertThat(Arrays.compare(Moves.measure(small), Moves.measure(CROWDED))).isNegative();
    }

    @Test
    void shrinkingTheSameScenarioTwiceGivesTheSameResult() {
        Shrinker.Shrunk first = new Shrinker(TARGET, true, 3000).shrink(found(CROWDED));
        Shrinker.Shrunk second = new Shrinker(TARGET, true, 3000).shrink(found(CROWDED));
        assertThat(second.shrunk()).isEqualTo(first.shrunk());
        assertThat(second.steps()).isEqualTo(first.steps());
    }

    @Test
    void aShrinkerStopsAtItsBudgetOfRuns() {
        Shrinker.Shrunk shrunk = new Shrinker(TARGET, true, 5).shrink(found(CROWDED));
        assertThat(shrunk.runs()).isLessThanOrEqualTo(6);
    }

    @Test
    void everyCandidateIsSmallerThanTheScenarioItCameFrom() {
        long[] size = Moves.measure(CROWDED);
        for (Moves.Move move : List.<Moves.Move>of(Moves::fewerNodes, Moves::fewerBroadcasts, Moves::fewerFaults,
                Moves::simplerFaults, Moves::shorterFaults, Moves::earlier, Moves::tighterWindow, Moves::shorterQuiet)) {
            for (Scenario candidate : move.candidates(CROWDED)) {
                assertThat(Arrays.compare(Moves.measure(candidate), size)).isNegative();
            }
        }
    }

    @Test
    void tidyingNamesTheNodesN1N2InTheirOrderAndThePayloadsV1V2InTimeOrder() {
        Scenario gappy = new Scenario("eager-rb", List.of("n2", "n4"),
                List.of(new PlannedBroadcast(5, "n4", "v7"), new PlannedBroadcast(9, "n2", "v3")),
                new Schedule(List.of(new ScheduledFault(0, 10, new Crash(List.of("n4"))))), 1, Timing.DEFAULT,
                NetworkModel.DEFAULT);
        Scenario tidy = Moves.tidy(gappy);
        assertThat(tidy.nodes()).containsExactly("n1", "n2");
        assertThat(tidy.broadcasts()).containsExactly(new PlannedBroadcast(5, "n2", "v1"),
                new PlannedBroadcast(9, "n1", "v2"));
        assertThat(tidy.schedule().faults().get(0).fault()).isEqualTo(new Crash(List.of("n2")));
    }
}
