package herald.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import herald.check.Specs;
import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import herald.nemesis.NemesisOptions;
import herald.protocol.Protocols;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExercisedTest {

    private static History history(Event... events) {
        History.Builder builder = History.builder(Header.of(List.of("n1", "n2", "n3")));
        for (Event e : events) {
            builder.add(e);
        }
        return builder.build();
    }

    @Test
    void aCrashBeforeEveryOtherProcessDeliveredTheCrashedOnesMessageIsACrashDuringABroadcast() {
        assertThat(Exercised.crashDuringBroadcast(history(
                new Event.Broadcast(0, 0, "n1", "n1-1", "v1"),
                new Event.Deliver(1, 1, "n1", "n1-1", "n1", "v1"),
                new Event.Deliver(2, 2, "n2", "n1-1", "n1", "v1"),
                new Event.Crash(3, 3, "n1", null),
                new Event.Deliver(4, 4, "n3", "n1-1", "n1", "v1")))).isTrue();
    }

    @Test
    void aCrashAfterEveryoneDeliveredOrOfAProcessThatBroadcastNothingIsNot() {
        assertThat(Exercised.crashDuringBroadcast(history(
                new Event.Broadcast(0, 0, "n1", "n1-1", "v1"),
                new Event.Deliver(1, 1, "n2", "n1-1", "n1", "v1"),
                new Event.Deliver(2, 2, "n3", "n1-1", "n1", "v1"),
                new Event.Crash(3, 3, "n1", null),
                new Event.Crash(4, 4, "n2", null)))).isFalse();
    }

    @Test
    void theStatisticsSayWhatShareOfTheRunsWentThroughEachSituation() {
        var eager = Protocols.named("eager-rb");
        Target target = new Target(eager, Specs.named("reliable"), null);
        Hunt.Search search = new Hunt(target, new FixedNemesis("eager-rb", new Group(3, 3), 5,
                NemesisOptions.parse("partition=isolate,crash=1")), 1, Budget.tries(40))
                .search(Hunt.Progress.NONE);
        Exercised exercised = search.exercised();
        assertThat(exercised.runs()).isEqualTo(40);
        assertThat(exercised.faults("crash")).isEqualTo(40);
        assertThat(exercised.faults("loss")).isZero();
        assertThat(exercised.faultsSeen()).startsWith("faults seen: partition ").endsWith(", crash 40");
        assertThat(exercised.describe()).startsWith("exercised: 40 runs, ")
                .contains(String.format("%,7d runs (%3.0f%%) with a partition while a broadcast was made%n",
                        exercised.runsWith(Exercised.Situation.PARTITION_DURING_BROADCAST),
                        100.0 * exercised.runsWith(Exercised.Situation.PARTITION_DURING_BROADCAST) / 40));
    }
}
