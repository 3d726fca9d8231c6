package herald.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import herald.diagram.Arrow.Kind;
import herald.history.History;
import org.junit.jupiter.api.Test;

class ArrowTest {

    @Test
    void aReceivedPacketRunsFromItsSendToItsReceiptAndALostOneToWhereItDied() {
        History history = Story.of("n1", "n2", "n3")
                .broadcast("n1", "m1")            // #0
                .send("n1", "n2", 7)              // #1
                .send("n1", "n3", 8)              // #2
                .drop("n1", "n3", 8, "loss")      // #3
                .recv("n2", "n1", 7)              // #4
                .recv("n3", "n1", 99)             // #5: a packet whose send was not traced
                .end();

        assertThat(Arrow.of(history)).containsExactly(new Arrow(1, 4, Kind.PACKET), new Arrow(2, 3, Kind.LOST));
    }

    @Test
    void aDeliveryAtAnotherNodeIsAMessageArrowFromItsBroadcast() {
        History history = Story.of("n1", "n2", "n3")
                .broadcast("n1", "m1")            // #0
                .deliver("n1", "m1", "n1")        // #1: the broadcaster's own delivery draws no arrow
                .deliver("n3", "m1", "n1")        // #2
                .deliver("n2", "m9", "n1")        // #3: never broadcast, so no arrow
                .deliver("n2", "m1", "n1")        // #4
                .end();

        assertThat(Arrow.of(history)).containsExactly(new Arrow(0, 2, Kind.MESSAGE), new Arrow(0, 4, Kind.MESSAGE));
    }
}
