package herald.export;

import static org.assertj.core.api.Assertions.assertThat;

import herald.diagram.Story;
import herald.export.VectorClocks.Relation;
import herald.history.Event;
import herald.history.History;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VectorClocksTest {

    @Test
    void eachNodeCountsItsOwnEventsAndAReceiptMergesTheClockOfItsSend() {
        History history = Story.of("n1", "n2", "n3")
                .broadcast("n1", "m1")          // #0
                .send("n1", "n2", 0)            // #1
                .log("n2", "waiting")           // #2
                .recv("n2", "n1", 0)            // #3
                .deliver("n2", "m1", "n1")      // #4
                .loss(0.1)                      // #5
                .drop("n2", "n3", 1, "loss")    // #6
                .end();                         // #7

        VectorClocks clocks = VectorClocks.of(history);

        assertThat(clocks.relation()).isEqualTo(Relation.PACKETS);
        assertThat(clocks.at(0)).containsExactly(1, 0, 0);
        assertThat(clocks.at(1)).containsExactly(2, 0, 0);
        assertThat(clocks.at(2)).containsExactly(0, 1, 0);
        assertThat(clocks.at(3)).containsExactly(2, 2, 0);
        assertThat(clocks.at(4)).containsExactly(2, 3, 0);
        assertThat(clocks.at(5)).isNull();
        assertThat(clocks.at(6)).containsExactly(2, 4, 0);
        assertThat(clocks.at(7)).isNull();
        assertThat(clocks.happenedBefore(0, 4)).isTrue();
        assertThat(clocks.happenedBefore(2, 1)).isFalse();
        assertThat(clocks.happenedBefore(1, 2)).isFalse();
    }

    @Test
    void withoutTracedPacketsADeliveryElsewhereMergesTheClockOfTheBroadcast() {
        History history = Story.of("n1", "n2")
                .broadcast("n1", "m1")          // #0
                .deliver("n1", "m1", "n1")      // #1
                .broadcast("n2", "m2")          // #2
                .deliver("n2", "m1", "n1")      // #3
                .end();

        VectorClocks clocks = VectorClocks.of(history);

        assertThat(clocks.relation()).isEqualTo(Relation.MESSAGES);
        assertThat(clocks.at(1)).containsExactly(2, 0);
        assertThat(clocks.at(3)).containsExactly(1, 2);
        assertThat(clocks.happenedBefore(0, 3)).isTrue();
        assertThat(clocks.happenedBefore(0, 2)).isFalse();
    }

    /** PROPERTIES.md: m1 → m2 when m2's broadcaster had broadcast or delivered m1 before; transitively. */
    @Test
    void byMessagesTheClocksOfBroadcastsAreOrderedExactlyByHappensBefore() {
        SplittableRandom random = new SplittableRandom(7);
        for (int trial = 0; trial < 300; trial++) {
            History history = randomHistory(random, 2 + random.nextInt(4), 10 + random.nextInt(40));
            VectorClocks clocks = VectorClocks.of(history, Relation.MESSAGES);
            boolean[][] before = happensBefore(history);
            for (int a = 0; a < history.messageCount(); a++) {
                for (int b = 0; b < history.messageCount(); b++) {
                    assertThat(clocks.happenedBefore(history.broadcastOf(a), history.broadcastOf(b)))
                            .as("trial %d: %s → %s", trial, history.message(a), history.message(b))
                            .isEqualTo(before[a][b]);
                }
            }
        }
    }

    /** Nodes broadcast new messages and deliver, in random order, messages already broadcast. */
    private static History randomHistory(SplittableRandom random, int nodes, int steps) {
        String[] names = new String[nodes];
        for (int k = 0; k < nodes; k++) {
            names[k] = "n" + (k + 1);
        }
        Story story = Story.of(names);
        List<String> sent = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        for (int step = 0; step < steps; step++) {
            String node = names[random.nextInt(nodes)];
            if (sent.isEmpty() || random.nextInt(3) == 0) {
                String msg = "m" + sent.size();
                story.broadcast(node, msg);
                sent.add(msg);
                origins.add(node);
            } else {
                int m = random.nextInt(sent.size());
                story.deliver(node, sent.get(m), origins.get(m));
            }
        }
        return story.end();
    }

    /** The relation of PROPERTIES.md, computed naively: direct edges, then the transitive closure. */
    private static boolean[][] happensBefore(History history) {
        int messages = history.messageCount();
        boolean[][] before = new boolean[messages][messages];
        for (int b = 0; b < messages; b++) {
            Event.Broadcast broadcast = (Event.Broadcast) history.event(history.broadcastOf(b));
            for (Event earlier : history.events().subList(0, broadcast.i())) {
                boolean sameNode = earlier instanceof Event.Broadcast e && e.node().equals(broadcast.node())
                        || earlier instanceof Event.Deliver d && d.node().equals(broadcast.node());
                if (sameNode) {
                    before[history.messageAt(earlier.i())][b] = true;
                }
            }
        }
        for (int k = 0; k < messages; k++) {
            for (int a = 0; a < messages; a++) {
                for (int b = 0; b < messages; b++) {
                    before[a][b] |= before[a][k] && before[k][b];
                }
            }
        }
        return before;
    }
}
