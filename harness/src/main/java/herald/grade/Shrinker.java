package herald.grade;

import herald.scenario.Scenario;
import java.util.function.Predicate;

/**
 * Makes a failing scenario smaller while it keeps failing the same way, so that a student reads
 * the shortest story of their bug. The battery calls it on every failing run of a Java class (the
 * simulator replays any scenario exactly, so each candidate is judged by running it) and draws
 * the diagram of what it returns.
 */
@FunctionalInterface
public interface Shrinker {

    /**
     * @param failing a scenario whose run fails
     * @param fails whether a candidate's run fails the same way (the same property, or the same
     *     kind of stop)
     * @return a scenario that still fails, no larger than {@code failing}; {@code failing} itself
     *     when nothing smaller does
     */
    Scenario shrink(Scenario failing, Predicate<Scenario> fails);

    /** Keeps every failing scenario as the battery found it. */
    Shrinker AS_FOUND = (failing, fails) -> failing;
}
