package herald.node;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Stable storage kept in memory by a runtime, not by the process, so that it outlives the
 * process's crash and is handed to its next incarnation. Safe to share between threads: in a
 * real-time run a process's last step may still be finishing when its next incarnation starts.
 */
public final class StableMemory implements StableStorage {

    private final Map<String, Object> values = new HashMap<>();

    @Override
    public synchronized void store(String key, Object value) {
        values.put(key, value);
    }

    @Override
    public synchronized <T> Optional<T> retrieve(String key, Class<T> type) {
        return Optional.ofNullable(values.get(key)).map(type::cast);
    }
}
