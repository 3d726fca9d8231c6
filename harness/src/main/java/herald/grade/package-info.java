/**
 * Grading: one command that scores an implementation against a spec, on a fixed battery of
 * scenarios, with the evidence for every failure.
 *
 * <p>The {@link herald.grade.Battery} is the same for every submission of a spec (versioned, so
 * scores compare): each kind of fault (none, loss, duplication, reordering, each partition shape,
 * a crash, everything at once) with a few fixed seeds, leaving out only what a correct
 * implementation of the spec cannot be asked to survive. Each scenario gives a
 * {@link herald.grade.ScenarioResult}: passed, or the property that failed, its sentence and its
 * evidence; together they make a {@link herald.grade.Score}, printed as a scorecard and written
 * as {@code score.json}, {@code report.html} and JUnit XML.
 *
 * <p>A Java class is graded in the deterministic simulator, in a JVM of its own
 * ({@link herald.grade.ClassGrader}, {@link herald.grade.BatteryWorker}): on a {@link
 * herald.grade.Budget} of steps per run and of sends per call, under a watchdog for handlers that
 * never return, in a heap of its own, loaded afresh for every run so that a failure replays byte
 * for byte; a failing scenario is shrunk by the hunt's {@link herald.hunt.Shrinker}, each smaller
 * run on the same budgets, and kept beside the run as found with the {@code scenario.json} that
 * {@code herald replay} runs again. A program in any language is graded in real time as N processes speaking Maelstrom's
 * protocol ({@link herald.grade.ProgramGrader}, over {@code herald.process}), where Maelstrom's
 * figures can also be held to goals ({@link herald.grade.Goal}).
 */
package herald.grade;
