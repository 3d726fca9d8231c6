package herald.protocol;

import herald.broadcast.BestEffortBroadcast;
import herald.broadcast.EagerReliableBroadcast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every protocol Herald knows, by id, in the order {@code herald list} shows them. */
public final class Protocols {

    private static final Map<String, Protocol> ALL = new LinkedHashMap<>();

    static {
        add(Protocol.reference("best-effort", "best-effort",
                "best-effort broadcast over fair-loss links: sends once, so a lost packet is lost",
                Set.of(), BestEffortBroadcast::new));
        add(Protocol.reference("eager-rb", "reliable",
                "eager reliable broadcast: relays every message on first receipt, over perfect links",
                Set.of(), EagerReliableBroadcast::new));
    }

    private Protocols() {
    }

    private static void add(Protocol protocol) {
        if (ALL.putIfAbsent(protocol.id(), protocol) != null) {
            throw new IllegalStateException("two protocols named " + protocol.id());
        }
    }

    public static Optional<Protocol> find(String id) {
        return Optional.ofNullable(ALL.get(id));
    }

    /** The protocol called {@code id}; an {@link IllegalArgumentException} listing the known ones if none. */
    public static Protocol named(String id) {
        Protocol protocol = ALL.get(id);
        if (protocol == null) {
            throw new IllegalArgumentException("unknown protocol \"" + id + "\" (known: "
                    + String.join(", ", ALL.keySet()) + "; see ./herald list)");
        }
        return protocol;
    }

    public static List<Protocol> all() {
        return List.copyOf(ALL.values());
    }
}
