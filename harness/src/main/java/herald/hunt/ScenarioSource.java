package herald.hunt;

/** Where a search's scenarios come from: the same seed always gives the same case. */
@FunctionalInterface
public interface ScenarioSource {

    /** The case of {@code seed}. */
    Case draw(long seed);
}
