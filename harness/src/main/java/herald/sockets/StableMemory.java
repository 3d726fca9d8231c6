package herald.sockets;

import herald.node.StableStorage;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A process's stable storage in a sockets run: kept by the runtime, not by the process, so that it
 * outlives the process's crash and is handed to its next incarnation.
 */
final class StableMemory implements StableStorage {

    private final Map<String, Object> values = new ConcurrentHashMap<>();

    @Override
    public void store(String key, Object value) {
        values.put(key, value);
    }

    @Override
    public <T> Optional<T> retrieve(String key, Class<T> type) {
        return Optional.ofNullable(values.get(key)).map(type::cast);
    }
}
