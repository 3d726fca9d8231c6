package herald.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import herald.history.Event;
import herald.history.Header;
import herald.history.HistoryCollector;
import herald.history.Recorder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regression: a real-time run's late reports (a read answered after the end) must not follow the end event. */
class SharedRecorderTest {

    @Test
    void nothingIsRecordedAfterTheEndSoTheEndStaysTheLastLine() {
        HistoryCollector memory = new HistoryCollector();
        SharedRecorder recorder = new SharedRecorder(new Recorder(Header.of(List.of("n1")).withClock("wall"), memory),
                new WallClock());
        recorder.broadcast("n1", "1", "1");
        recorder.end(null);
        recorder.deliver("n1", "1", "n1", "1");
        recorder.log("n1", "too late");
        recorder.end(null);
        assertThat(memory.history().events()).extracting(Event::type).containsExactly("broadcast", "end");
    }
}
