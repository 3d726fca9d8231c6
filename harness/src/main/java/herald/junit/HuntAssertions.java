package herald.junit;

import herald.hunt.ClassPath;
import herald.hunt.Counterexample;
import herald.hunt.Hunt;
import herald.hunt.Shrinker;
import java.nio.file.Path;
import org.junit.jupiter.api.Assertions;

/**
 * Hunts as assertions: {@link #assertKeeps} fails a test with a shrunk counterexample, {@link
 * #assertCatches} fails it when a hunt finds nothing (how a course checks that its broken
 * protocols are caught).
 */
public final class HuntAssertions {

    /** How many candidate runs a shrinker may try in a test. */
    public static final int SHRINK_RUNS = 3000;

    private HuntAssertions() {
    }

    /**
     * Runs {@code hunt}; when a scenario breaks its target, shrinks it, keeps it under {@code
     * store} and fails with its first violation, its history and its replay command.
     *
     * @return what the hunt searched, when it found nothing
     */
    public static Hunt.Search assertKeeps(Hunt hunt, Path store) {
        return assertKeeps(hunt, store, null);
    }

    /**
     * The same, for a protocol that is a {@code nodeClass} Herald does not know by id: the kept
     * scenario names the class, and the replay command says where to find it.
     */
    public static Hunt.Search assertKeeps(Hunt hunt, Path store, Class<?> nodeClass) {
        Hunt.Search search = hunt.search(Hunt.Progress.NONE);
        Counterexample kept = keep(search, store, nodeClass);
        if (kept != null) {
            Assertions.fail(failure(search, kept));
        }
        return search;
    }

    /**
     * Runs {@code hunt}, which must find a violation of its target within its budget, and returns
     * it shrunk and kept under {@code store}.
     */
    public static Counterexample assertCatches(Hunt hunt, Path store) {
        Hunt.Search search = hunt.search(Hunt.Progress.NONE);
        if (!search.caught()) {
            Assertions.fail(hunt.target().protocol().id() + " broke no property of " + hunt.target().spec().name()
                    + " in " + search.runs() + " scenarios from seed " + hunt.firstSeed() + "\n"
                    + search.exercised().describe());
        }
        return keep(search, store, null);
    }

    /** The search's violation, shrunk and kept; null when it found none. */
    static Counterexample keep(Hunt.Search search, Path store, Class<?> nodeClass) {
        if (!search.caught()) {
            return null;
        }
        var target = search.hunt().target();
        Shrinker.Shrunk shrunk = new Shrinker(target, true, SHRINK_RUNS).shrink(search.found());
        return Counterexample.keep(store, target, shrunk, nodeClass == null ? null : nodeClass.getName(),
                nodeClass == null ? null : ClassPath.of(nodeClass).toString());
    }

    /** What a failing test says: the violation, how it was found and shrunk, the history, the replay. */
    static String failure(Hunt.Search search, Counterexample kept) {
        return search.hunt().target().protocol().id() + " does not keep " + search.hunt().target().spec().name() + ": "
                + kept.sentence() + "\n"
                + Counterexample.evidence("found at seed " + search.found().seed() + " after " + search.runs()
                        + " scenarios", kept.before(), kept.after(), kept.historyFile().toString(),
                        kept.replayCommand());
    }

}
