package herald.link;

import herald.history.NodeId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hold-back queue: each sender numbers its items 0, 1, 2, …; whatever order they arrive in,
 * they come out in that order, each once. An item that arrives early waits until every item
 * before it has arrived; one that arrives twice is ignored.
 *
 * <p>It is the heart of FIFO delivery wherever the textbooks use it: FIFO links over perfect
 * links, FIFO broadcast over reliable broadcast (Cachin, Guerraoui and Rodrigues, Algorithm
 * 3.12, "pending" and "next"), and the sequence numbers a sequencer hands out.
 *
 * @param <T> what is held
 */
public final class HoldBack<T> {

    private final Map<NodeId, Long> next = new HashMap<>();
    private final Map<NodeId, TreeMap<Long, T>> pending = new HashMap<>();

    /**
     * Takes item {@code number} of {@code sender}, and returns the items of that sender that are
     * now next in line, in order: empty while one before it is missing.
     */
    public List<T> add(NodeId sender, long number, T item) {
        long expected = next.getOrDefault(sender, 0L);
        if (number < expected) {
            return List.of();
        }
        TreeMap<Long, T> waiting = pending.computeIfAbsent(sender, s -> new TreeMap<>());
        waiting.putIfAbsent(number, item);
        List<T> ready = new ArrayList<>();
        while (!waiting.isEmpty() && waiting.firstKey() == expected) {
            ready.add(waiting.pollFirstEntry().getValue());
            expected++;
        }
        next.put(sender, expected);
        return ready;
    }

    /** The number of the next item of {@code sender} to come out: how many have come out so far. */
    public long next(NodeId sender) {
        return next.getOrDefault(sender, 0L);
    }
}
