package herald.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Maelstrom's figures, computed as Jepsen's set-full checker and Maelstrom's net checker compute them. */
class FiguresTest {

    private final List<ClientOp> ops = new ArrayList<>();
    private long next;

    private void broadcast(String node, String value, long at, Long ackedAt) {
        long invoked = next++;
        ops.add(new ClientOp(node, "broadcast", value, invoked, at, ackedAt == null ? -1 : next++,
                ackedAt == null ? -1 : ackedAt, ackedAt != null, List.of(), false));
    }

    private void read(String node, long at, long doneAt, String... values) {
        long invoked = next++;
        ops.add(new ClientOp(node, "read", null, invoked, at, next++, doneAt, true, List.of(values), false));
    }

    @Test
    void aValueIsStableFromWhenItWasKnownToJustAfterTheLastReadThatMissedIt() {
        broadcast("n0", "0", 0, 1_000L);
        read("n1", 2_000, 2_500);
        read("n2", 10_000, 10_500, "0");
        Figures f = Figures.of(ops, 30);
        assertThat(f.stable()).isEqualTo(1);
        assertThat(f.latencies()).isEqualTo(Map.of(0.0, 1L, 0.5, 1L, 0.95, 1L, 0.99, 1L, 1.0, 1L));
        assertThat(f.msgsPerOp()).isEqualTo(10.0);
    }

    @Test
    void aValueMissingFromAReadAfterOneThatShowedItIsLostAndOneNobodyReadIsNeverRead() {
        broadcast("n0", "0", 0, 100L);
        read("n1", 200, 300, "0");
        read("n3", 400, 500);
        broadcast("n2", "1", 600, null);
        Figures f = Figures.of(ops, 12);
        assertThat(f.lost()).isEqualTo(1);
        assertThat(f.neverRead()).isEqualTo(1);
        assertThat(f.stable()).isZero();
        assertThat(f.latencies()).isEmpty();
        assertThat(f.medianLatency()).isNull();
        assertThat(f.operations()).isEqualTo(4);
        assertThat(f.msgsPerOp()).isEqualTo(3.0);
    }

    @Test
    void quantilesAreJepsensTheValueAtTheFloorOfNTimesQ() {
        for (int k = 0; k < 10; k++) {
            broadcast("n0", Integer.toString(k), 1_000_000L * k, 1_000_000L * k);
        }
        for (int k = 0; k < 10; k++) {
            // A read that misses value k, k ms after it was acknowledged, then a read that shows everything.
            List<String> without = new ArrayList<>();
            for (int j = 0; j < 10; j++) {
                if (j != k) {
                    without.add(Integer.toString(j));
                }
            }
            read("n1", 1_000_000L * k + 1_000L * k, 1_000_000L * k + 1_000L * k + 1, without.toArray(String[]::new));
        }
        read("n2", 20_000_000, 20_000_001, "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        Figures f = Figures.of(ops, 0);
        assertThat(f.stable()).isEqualTo(10);
        assertThat(f.latencies()).containsExactly(Map.entry(0.0, 0L), Map.entry(0.5, 5L), Map.entry(0.95, 9L),
                Map.entry(0.99, 9L), Map.entry(1.0, 9L));
    }
}
