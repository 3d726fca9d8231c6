package herald.hunt;

import herald.check.Checker;
import herald.history.HistoryCollector;
import herald.history.Recorder;
import herald.nemesis.NemesisOptions;
import herald.run.FailureModel;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.sim.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a failing scenario smaller while it keeps failing the same way: delta debugging over the
 * scenario's parts (Zeller and Hildebrandt, "Simplifying and isolating failure-inducing input",
 * 2002), with moves that know what a scenario is made of.
 *
 * <p>It takes each {@link Moves move} in turn (fewer nodes, fewer broadcasts, fewer faults,
 * simpler faults, shorter faults, everything earlier, a shorter run) and applies it as long as a
 * candidate still breaks the same property, then the next move, and starts over until a whole
 * round changes nothing: no single move makes the scenario smaller and still failing. Each step
 * is checked by running the candidate, so a candidate the protocol's assumptions rule out (a
 * crash of the sequencer once the group shrank, a majority crashed) is never taken. Packet fates
 * are keyed by their link and number, not drawn from one stream, so taking out a broadcast or a
 * fault leaves most other decisions as they were, and the failure rarely slips away.
 *
 * <p>At the end the nodes are renamed n1, n2, … and the payloads v1, v2, …, when the scenario
 * still fails that way: a counterexample for a slide.
 */
public final class Shrinker {

    private final Target target;
    private final boolean respectAssumptions;
    private final int maxRuns;
    private Predicate<Scenario> trial;
    private int runs;
    private int steps;

    /**
     * @param target the protocol and spec
     * @param respectAssumptions never take a candidate that breaks the protocol's assumptions
     * @param maxRuns how many candidates to run at most
     */
    public Shrinker(Target target, boolean respectAssumptions, int maxRuns) {
        this.target = target;
        this.respectAssumptions = respectAssumptions;
        this.maxRuns = maxRuns;
    }

    /**
     * The failing scenario made smaller, each candidate simulated with the target's protocol and
     * checked against the property.
     *
     * @param found a run that broke {@code found.property()}, a property of the target's spec
     */
    public Shrunk shrink(Hunt.Found found) {
        Checker checker = target.spec().checkers().stream().filter(c -> c.property().equals(found.property()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("the spec has no property "
                        + found.property()));
        String nemesis = found.drawn().nemesis();
        return shrink(found, candidate -> breaks(candidate, checker, nemesis));
    }

    /**
     * The failing scenario made smaller, each candidate judged by {@code trial}: for runs that are
     * more than simulated and checked (a graded class, run on a budget, on a fresh class loader,
     * under a watchdog) or failures that are not a property (a handler that throws).
     *
     * @param found a run that failed as {@code found.property()} names it
     * @param trial whether a candidate, run, still fails that way
     */
    public Shrunk shrink(Hunt.Found found, Predicate<Scenario> trial) {
        long startedAt = System.nanoTime();
        this.trial = trial;
        runs = 0;
        List<Moves.Move> all = new ArrayList<>(Moves.STRUCTURE);
        all.addAll(Moves.TIME);
        boolean safety = target.spec().checkers().stream()
                .anyMatch(c -> c.property().equals(found.property()) && c.safety());
        if (safety) {
            // A run cut short cannot break a safety property it kept: the quiet period may shrink too.
            all.add(Moves::shorterQuiet);
        }
        steps = 0;
        Scenario current = toFixpoint(Moves.STRUCTURE, found.drawn().scenario());
        current = toFixpoint(all, current);
        Scenario tidy = Moves.tidy(current);
        if (!tidy.equals(current) && fails(tidy)) {
            current = tidy;
        }
        return new Shrunk(found, new Case(current, found.drawn().nemesis()), steps, runs,
                (System.nanoTime() - startedAt) / 1e9);
    }

    /** Applies each move as long as it works, then the next, and again, until a whole round changes nothing. */
    private Scenario toFixpoint(List<Moves.Move> moves, Scenario start) {
        Scenario current = start;
        boolean changed = true;
        while (changed && runs < maxRuns) {
            changed = false;
            for (Moves.Move move : moves) {
                for (Scenario next = step(move, current); next != null; next = step(move, current)) {
                    current = next;
                    steps++;
                    changed = true;
                }
            }
        }
        return current;
    }

    /** The first candidate of {@code move} that is smaller and still fails, or null. */
    private Scenario step(Moves.Move move, Scenario current) {
        long[] size = Moves.measure(current);
        for (Scenario candidate : move.candidates(current)) {
            if (runs >= maxRuns) {
                return null;
            }
            if (Arrays.compare(Moves.measure(candidate), size) < 0 && fails(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether {@code candidate} is allowed and still fails. */
    private boolean fails(Scenario candidate) {
        if (respectAssumptions && FailureModel.refusal(target.protocol(), NemesisOptions.of(candidate.schedule()),
                candidate.nodes()).isPresent()) {
            return false;
        }
        runs++;
        return trial.test(candidate);
    }

    /** Whether {@code candidate}, simulated, breaks the property {@code checker} checks. */
    private boolean breaks(Scenario candidate, Checker checker, String nemesis) {
        HistoryCollector memory = new HistoryCollector();
        Recorder recorder = new Recorder(Run.header(candidate, target.protocol(), target.spec(), nemesis), memory);
        try {
            new Simulation(candidate, target.protocol()::newNode, recorder, false).run();
        } catch (IllegalArgumentException notRunnable) {
            return false;
        } finally {
            recorder.close();
        }
        return !checker.check(memory.history()).valid();
    }

    /**
     * A scenario made smaller.
     *
     * @param found the run it started from
     * @param shrunk the smallest scenario found that still breaks the property
     * @param steps how many times a smaller scenario was taken
     * @param runs how many candidates were run
     * @param seconds how long it took
     */
    public record Shrunk(Hunt.Found found, Case shrunk, int steps, int runs, double seconds) {
    }
}
