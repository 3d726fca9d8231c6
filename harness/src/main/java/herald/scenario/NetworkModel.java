package herald.scenario;

/**
 * The simulated network's latency: each packet takes {@code min} plus an exponentially
 * distributed extra with mean {@code meanExtra}, capped at {@code max} (microseconds). The
 * exponential tail makes packets overtake each other now and then, as on a real network.
 */
public record NetworkModel(long min, long meanExtra, long max) {

    public static final NetworkModel DEFAULT = new NetworkModel(1_000, 2_000, 20_000);

    public NetworkModel {
        if (min < 0 || meanExtra < 0 || max < min) {
            throw new IllegalArgumentException("latency needs 0 <= min <= max and a non-negative mean");
        }
    }
}
