package herald.node;

import java.util.Optional;

/**
 * A node's stable storage: the only thing that survives its crash in the crash-recovery model
 * (Cachin, Guerraoui and Rodrigues, section 2.2.3, "store" and "retrieve"). Values must be
 * immutable: strings, numbers, records, immutable collections.
 */
public interface StableStorage {

    /** Stores {@code value} under {@code key}, replacing what was there. */
    void store(String key, Object value);

    /** What was stored under {@code key}, if anything. */
    <T> Optional<T> retrieve(String key, Class<T> type);
}
