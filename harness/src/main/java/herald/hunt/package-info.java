/**
 * Hunting for violations: search, shrink, keep, replay.
 *
 * <p>A {@link herald.hunt.Hunt} generates scenarios from successive seeds (a {@link
 * herald.hunt.ScenarioSource}: a fixed nemesis, or a {@link herald.hunt.NemesisMix} of every
 * fault the protocol's assumptions allow), runs each in the simulator and checks its history,
 * until one breaks the {@link herald.hunt.Target} or the {@link herald.hunt.Budget} runs out;
 * {@link herald.hunt.Exercised} counts what the runs went through, so that a search that found
 * nothing says what it tried. The {@link herald.hunt.Shrinker} then makes the failing scenario
 * smaller while it breaks the same property (fewer nodes, broadcasts and faults, simpler and
 * shorter faults, earlier times), which works because the simulator keys each packet's fate to
 * the packet, not to a shared random stream. A {@link herald.hunt.Counterexample} keeps the
 * result as {@code scenario.json} beside its history, verdict and report, and {@link
 * herald.hunt.Replay} runs a scenario file again, byte for byte, finding a node class of one's own
 * on a {@link herald.hunt.ClassPath}. The grader shrinks a graded class's failures with the same
 * shrinker, each candidate judged by a run of its own ({@link herald.hunt.Shrinker#shrink(Hunt.Found,
 * java.util.function.Predicate)}).
 *
 * <p>This is property-based testing (QuickCheck, Hypothesis) with a domain of its own: the
 * generated inputs are fault schedules and workloads, the property is a spec, and "smaller"
 * means what a teacher wants on a slide.
 */
package herald.hunt;
