package herald.sim;

/**
 * Random numbers as a pure function of a key: the same (seed, purpose, link, packet number)
 * always gives the same roll. Built on the SplitMix64 finaliser, which scatters nearby keys
 * across the whole range.
 */
public final class Dice {

    private Dice() {
    }

    /** Mixes the bits of {@code z} thoroughly (SplitMix64's finaliser). */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A 64-bit hash of the key. */
    public static long hash(long seed, long purpose, long a, long b, long c) {
        long h = mix(seed + 0x9E3779B97F4A7C15L * (purpose + 1));
        h = mix(h ^ a * 0xD1B54A32D192ED03L);
        h = mix(h ^ b * 0xABC98388FB8FAC03L);
        return mix(h ^ c * 0x8CB92BA72F3D8DD7L);
    }

    /** A uniform double in [0, 1) for the key. */
    public static double roll(long seed, long purpose, long a, long b, long c) {
        return (hash(seed, purpose, a, b, c) >>> 11) * 0x1.0p-53;
    }
}
