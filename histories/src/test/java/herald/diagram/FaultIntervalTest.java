package herald.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import herald.history.History;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultIntervalTest {

    @Test
    void aStopEndsTheOldestOpenFaultOfTheSameName() {
        History history = Story.of("n1", "n2", "n3")
                .loss(0.3)                                             // #0
                .partition(List.of(List.of("n1"), List.of("n2", "n3"))) // #1
                .partition(List.of(List.of("n3"), List.of("n1", "n2"))) // #2
                .stop("partition")                                     // #3
                .stop("loss")                                          // #4
                .stop("partition")                                     // #5
                .end();

        assertThat(FaultInterval.of(history)).extracting(FaultInterval::start, FaultInterval::stop, FaultInterval::fault)
                .containsExactly(
                        tuple(0, 4, "loss"),
                        tuple(1, 3, "partition"),
                        tuple(2, 5, "partition"));
    }

    @Test
    void aFaultStillOnWhenTheHistoryStopsHasNoStop() {
        History history = Story.of("n1", "n2").loss(0.5).broadcast("n1", "m1").unfinished();

        assertThat(FaultInterval.of(history)).singleElement()
                .satisfies(f -> assertThat(f.stop()).isEqualTo(-1));
    }

    @Test
    void labelsNameThePartitionGroupsAndTheLossRate() {
        History history = Story.of("n1", "n2", "n3")
                .partition(List.of(List.of("n2"), List.of("n1", "n3")))
                .loss(0.3)
                .loss(0.125)
                .end();

        assertThat(FaultInterval.of(history)).extracting(FaultInterval::label)
                .containsExactly("partition n2 | n1 n3", "loss 30%", "loss 12.5%");
        assertThat(FaultInterval.of(history).get(0).groups()).containsExactly(List.of("n2"), List.of("n1", "n3"));
    }
}
