package herald.bench;

import herald.history.Header;
import herald.history.HistoryWriter;
import herald.history.Recorder;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A large, valid history for benchmarks: {@code messages} broadcasts, each delivered once by every
 * one of {@code nodes} processes. A message's deliveries are spread over the broadcasts that
 * follow it, so deliveries of different messages interleave, while each process delivers in the
 * order the messages were broadcast (so the history keeps every spec, FIFO, causal and total
 * order included).
 */
public final class SyntheticHistory {

    private SyntheticHistory() {
    }

    /** Writes the history to {@code file} and returns the number of deliveries. */
    public static long write(Path file, int nodes, int messages, long seed) {
        var names = herald.scenario.Scenario.nodeNames(nodes);
        SplittableRandom random = new SplittableRandom(seed);
        int lag = 4;
        long deliveries = 0;
        long t = 0;
        try (HistoryWriter writer = HistoryWriter.create(file)) {
            Recorder recorder = new Recorder(Header.of(names).with("protocol", "synthetic").with("spec", "reliable"),
                    writer);
            String[] origins = new String[messages];
            // Each process delivers messages in order; process k is `behind[k]` messages behind the newest.
            int[] next = new int[nodes];
            for (int m = 0; m < messages + lag; m++) {
                if (m < messages) {
                    int sender = random.nextInt(nodes);
                    while (next[sender] < m) {
                        t += 1;
                        deliver(recorder, t, names.get(sender), next[sender], origins);
                        deliveries++;
                        next[sender]++;
                    }
                    origins[m] = names.get(sender);
                    t += 1;
                    recorder.broadcast(t, origins[m], "m" + m, "v" + m);
                }
                for (int k = 0; k < nodes; k++) {
                    int upTo = Math.min(messages, m + 1 - random.nextInt(lag));
                    while (next[k] < upTo) {
                        t += 1;
                        deliver(recorder, t, names.get(k), next[k], origins);
                        deliveries++;
                        next[k]++;
                    }
                }
            }
            recorder.end(t + 1, null);
        }
        return deliveries;
    }

    private static void deliver(Recorder recorder, long t, String node, int m, String[] origins) {
        recorder.deliver(t, node, "m" + m, origins[m], "v" + m);
    }
}
