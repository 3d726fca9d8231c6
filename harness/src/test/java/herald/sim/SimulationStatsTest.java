package herald.sim;

import static herald.sim.Runs.broadcasts;
import static herald.sim.Runs.during;
import static herald.sim.Runs.schedule;
import static herald.sim.Runs.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import herald.history.Event;
import herald.nemesis.Duplicate;
import herald.nemesis.Reorder;
import herald.nemesis.Schedule;
import herald.run.Run;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The counts a search's statistics are made of: copies handed to nodes, packets overtaken on their link. */
class SimulationStatsTest {

    @Test
    void aSteadyNetworkWithoutFaultsNeitherDuplicatesNorReorders() {
        Run run = Runs.run(scenario("eager-rb", 3, broadcasts(5, 0, 100_000, "n1", "n2"), Schedule.NONE, Runs.STEADY));
        assertThat(run.stats().duplicatesDelivered()).isZero();
        assertThat(run.stats().overtaken()).isZero();
    }

    @Test
    void everyCopyOfADuplicatedPacketThatReachesANodeIsCounted() {
        Run run = Runs.run(scenario("eager-rb", 3, broadcasts(5, 0, 100_000, "n1", "n2"),
                schedule(during(0, 1_000_000, new Duplicate(1))), Runs.STEADY));
        Set<Long> seen = new HashSet<>();
        long copies = Runs.events(run.history(), Event.Recv.class).stream().filter(r -> !seen.add(r.packet())).count();
        assertThat(run.stats().duplicatesDelivered()).isEqualTo(copies).isPositive();
    }

    @Test
    void aPacketHandedOverAfterALaterOneOfItsLinkIsCountedAsOvertaken() {
        Run run = Runs.run(scenario("eager-rb", 3, broadcasts(20, 0, 100_000, "n1", "n2"),
                schedule(during(0, 1_000_000, new Reorder(30_000, List.of()))), Runs.STEADY));
        assertThat(run.stats().overtaken()).isEqualTo(Runs.overtaken(run.history())).isPositive();
    }
}
