package herald.link;

import java.util.HashSet;
import java.util.Set;

/**
 * The sequence numbers already seen on one link, stored as "everything below {@code floor}" plus
 * the few above it, so that memory stays small however long the run.
 */
final class SeenSequence {

    private long floor;
    private final Set<Long> above = new HashSet<>();

    /** Marks {@code seq} seen; false if it had been seen before. */
    boolean add(long seq) {
        if (seq == floor) {
            floor++;
            while (!above.isEmpty() && above.remove(floor)) {
                floor++;
            }
            return true;
        }
        return seq > floor && above.add(seq);
    }
}
