package herald.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import herald.history.History;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTimelineTest {

    private static final Judgement LOST_M1 = new Judgement("best-effort", false, List.of(
            new Judgement.Property("validity", 1, List.of(new Judgement.Evidence("validity",
                    "validity violated: correct process n1 broadcast m1 (#1), but correct process n3 never delivered it",
                    List.of(1))))),
            List.of());

    private static History lostPacket() {
        return Story.of("n1", "n2", "n3")
                .loss(0.3)
                .at(1500).broadcast("n1", "m1")
                .send("n1", "n2", 0)
                .send("n1", "n3", 1)
                .drop("n1", "n3", 1, "loss")
                .at(2_400).recv("n2", "n1", 0)
                .deliver("n2", "m1", "n1")
                .at(1_000_000).stop("loss")
                .at(2_000_000).end();
    }

    @Test
    void eachNodeHasAColumnAndTheNetworkTheLast() {
        assertThat(TextTimeline.render(lostPacket(), LOST_M1, "a lost packet", true)).isEqualTo("""
                a lost packet
                best-effort: INVALID, 1 of 1 properties violated
                  validity violated 1 time
                    V1  validity violated: correct process n1 broadcast m1 (#1), but correct process n3 never delivered it

                         #          t  n1                  n2                  n3                  network
                         0       0 µs                                                              loss 30% starts
                V1       1     1.5 ms  broadcast m1
                         2             send p0→n2
                         3             send p1→n3
                         4                                                                         p1 n1→n3 lost (loss)
                         5     2.4 ms                      recv p0←n1
                         6                                 deliver m1
                         7    1.000 s                                                              loss stops
                         8    2.000 s                                                              end
                """);
    }

    @Test
    void withoutPacketsOnlyWhatTheApplicationSawRemains() {
        assertThat(TextTimeline.render(lostPacket(), Judgement.unchecked("no spec"), "a lost packet", false))
                .isEqualTo("""
                        a lost packet
                        not checked: no spec

                                 #          t  n1                  n2                  n3                  network
                                 0       0 µs                                                              loss 30% starts
                                 1     1.5 ms  broadcast m1
                                 6     2.4 ms                      deliver m1
                                 7    1.000 s                                                              loss stops
                                 8    2.000 s                                                              end
                        """);
    }

    @Test
    void idsThatWouldNotReadAsThemselvesAreQuoted() {
        History h = Story.of("n1", "n2").broadcast("n1", "").deliver("n2", "a\u0000b", "nope").end();

        assertThat(TextTimeline.render(h, Judgement.unchecked("no spec"), "odd ids", false)).contains(
                "         0       0 µs  broadcast \"\"\n",
                "         1       1 µs                      deliver \"a\\u0000b\"\n");
    }
}
