package herald.sim;

/**
 * Random numbers as a pure function of a key: the same (seed, purpose, link, packet number)
 * always gives the same roll. Built on the SplitMix64 finaliser, which scatters nearby keys
 * across the whole range.
 */
public final class Dice {

    /**
     * What a roll decides. Each decision has its own purpose, so that no two decisions ever share
     * a roll; the codes are part of every seed's meaning, so they never change.
     */
    public enum Purpose {
        /** Whether the network loses a packet. */
        LOSS(1),
        /** A packet's latency. */
        LATENCY(2),
        /** The seed of a node's own {@code Random}. */
        NODE(3),
        /** Whether the network duplicates a packet. */
        DUPLICATE(4),
        /** The latency of a packet's copy. */
        COPY_LATENCY(5),
        /** A reordering fault's extra delay. */
        REORDER(6),
        /** A delay spike's extra delay. */
        DELAY(7),
        /** The faults a hunt's mix draws for one run. */
        HUNT_MIX(11),
        /** The group size a hunt under fixed faults draws for one run. */
        HUNT_GROUP(12),
        /** One run of the gossip round engine. */
        ROUNDS_RUN(13),
        /** A node's own {@code Random} in the gossip round engine. */
        ROUNDS_NODE(14);

        private final long code;

        Purpose(long code) {
            this.code = code;
        }
    }

    private Dice() {
    }

    /** Mixes the bits of {@code z} thoroughly (SplitMix64's finaliser). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A 64-bit hash of the key. */
    public static long hash(long seed, Purpose purpose, long a, long b, long c) {
        return hash(seed, purpose.code, a, b, c);
    }

    private static long hash(long seed, long purpose, long a, long b, long c) {
        long h = mix(seed + 0x9E3779B97F4A7C15L * (purpose + 1));
        h = mix(h ^ a * 0xD1B54A32D192ED03L);
        h = mix(h ^ b * 0xABC98388FB8FAC03L);
        return mix(h ^ c * 0x8CB92BA72F3D8DD7L);
    }

    /** A uniform double in [0, 1) for the key. */
    public static double roll(long seed, Purpose purpose, long a, long b, long c) {
        return (hash(seed, purpose, a, b, c) >>> 11) * 0x1.0p-53;
    }
}
