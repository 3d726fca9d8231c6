package herald.hunt;

import herald.run.Run;

/**
 * A property search: run the scenarios of seeds {@code firstSeed}, {@code firstSeed + 1}, … until
 * one breaks the target or the budget runs out. With a budget of tries alone it is deterministic:
 * the same hunt finds the same violation at the same seed.
 *
 * @param target what to look for
 * @param source the scenario of each seed
 * @param firstSeed where to start
 * @param budget how far to go
 */
public record Hunt(Target target, ScenarioSource source, long firstSeed, Budget budget) {

    /** Told after every run, to print progress. */
    @FunctionalInterface
    public interface Progress {
        void ran(long runs, double seconds, Exercised exercised);

        Progress NONE = (runs, seconds, exercised) -> {
        };
    }

    /** The first run that breaks the target, or what was searched in vain. */
    public Search search(Progress progress) {
        long startedAt = System.nanoTime();
        long deadline = budget.time() == null ? Long.MAX_VALUE : startedAt + budget.time().toNanos();
        Exercised exercised = new Exercised();
        long runs = 0;
        // The search ends at the largest seed rather than wrap round to negative ones.
        long seeds = firstSeed <= 0 ? Long.MAX_VALUE : Long.MAX_VALUE - firstSeed + 1;
        while (runs < budget.tries() && runs < seeds && System.nanoTime() < deadline) {
            long seed = firstSeed + runs;
            Case drawn = source.draw(seed);
            Run run = Trials.run(target, drawn, null, false);
            runs++;
            exercised.add(run);
            double seconds = (System.nanoTime() - startedAt) / 1e9;
            progress.ran(runs, seconds, exercised);
            String property = target.caught(run.verdict());
            if (property != null) {
                return new Search(this, runs, seconds, exercised, new Found(seed, drawn, run, property));
            }
        }
        return new Search(this, runs, (System.nanoTime() - startedAt) / 1e9, exercised, null);
    }

    /**
     * A run that broke the target.
     *
     * @param seed its seed
     * @param drawn its scenario and nemesis text
     * @param run what happened
     * @param property the property it broke, which a shrinker keeps broken
     */
    public record Found(long seed, Case drawn, Run run, String property) {
    }

    /**
     * What a search did.
     *
     * @param hunt the search
     * @param runs how many scenarios it ran
     * @param seconds how long it took
     * @param exercised what those runs went through
     * @param found the violation, or null when none was found
     */
    public record Search(Hunt hunt, long runs, double seconds, Exercised exercised, Found found) {

        public boolean caught() {
            return found != null;
        }

        public double runsPerSecond() {
            return seconds == 0 ? 0 : runs / seconds;
        }
    }
}
