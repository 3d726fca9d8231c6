package herald.grade;

import herald.check.Spec;
import herald.history.Json;
import herald.node.Settling;
import herald.process.ProcessSettings;
import herald.process.Program;
import herald.protocol.Protocols;
import herald.run.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One grade from start to score: the battery run on a submission, the results kept, the goals
 * judged. The command line ({@code herald grade}) and the JUnit base class
 * ({@link herald.grade.junit.HeraldBattery}) both grade through here.
 */
public final class Grading {

    private Grading() {
    }

    /**
     * Grades a Java submission (a class, or a Herald protocol) in the simulator, in a JVM of its own.
     *
     * @throws IllegalArgumentException when the class cannot be graded (not found, not a Node, no
     *     public constructor without arguments), or the group is too small for a chosen scenario
     */
    public static Score javaClass(Submission submission, Spec spec, Battery battery, BatterySettings settings,
            Limits limits, Path dir, boolean tracePackets, String replay, Consumer<ScenarioResult> each)
            throws InterruptedException {
        battery.checkGroup(settings.nodes());
        submission.check();
        long start = System.nanoTime();
        ClassGrader.Graded graded = ClassGrader.grade(submission, spec, battery.scenarios(), settings, limits, dir,
                tracePackets, each);
        return new Score(submission.name(), submission.className() != null ? "class" : "protocol", spec.name(),
                battery, settings, graded.results(), List.of(), graded.output(), replay,
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * How long a Java submission's nodes say they need after the heal ({@link Settling}) on a
     * battery's runs: the longest over its chosen scenarios, each asked for the group's size and
     * the nodes that scenario crashes, as {@code run} and {@code hunt} ask ({@link
     * herald.scenario.Timing#forProtocol}); empty when its nodes do not say. A class is asked in a
     * JVM of its own ({@link ClassGrader#settlingTimes}), Herald's protocols in this one.
     */
    public static Optional<SettlingTime> settlingTime(Submission submission, Battery battery, int nodes,
            Limits limits) throws InterruptedException {
        if (!submission.settles()) {
            return Optional.empty();
        }
        List<Integer> crashes = battery.scenarios().stream().map(s -> s.crashes(nodes)).distinct().sorted().toList();
        Optional<List<Long>> times;
        if (submission.protocol() != null) {
            Settling node = (Settling) Protocols.named(submission.protocol()).newNode();
            times = Optional.of(crashes.stream().map(c -> node.settlingTime(nodes, c)).toList());
        } else {
            times = ClassGrader.settlingTimes(submission, nodes, crashes, limits);
        }
        if (times.isEmpty() || times.get().size() != crashes.size()) {
            return Optional.empty();
        }
        SettlingTime longest = new SettlingTime(0, 0);
        for (int k = 0; k < crashes.size(); k++) {
            if (times.get().get(k) > longest.micros()) {
                longest = new SettlingTime(times.get().get(k), crashes.get(k));
            }
        }
        return Optional.of(longest);
    }

    /** A settling time, and the crashed nodes it was asked for. */
    public record SettlingTime(long micros, int crashes) {
    }

    /**
     * Grades a program in real time, {@code parallel} scenarios at a time, and judges {@code goals}.
     *
     * @throws IllegalArgumentException when the group is too small for a chosen scenario
     */
    public static Score program(Program program, Spec spec, Battery battery, BatterySettings settings,
            ProcessSettings process, int parallel, List<Goal> goals, Path dir, String replay,
            Consumer<ScenarioResult> each) throws InterruptedException {
        battery.checkGroup(settings.nodes());
        long start = System.nanoTime();
        List<ScenarioResult> results = ProgramGrader.grade(program, spec, battery.scenarios(), settings, process,
                parallel, dir, each);
        List<Goal.Judged> judged = goals.stream().map(g -> g.judge(results)).toList();
        return new Score(program.describe(), "program", spec.name(), battery, settings, results, judged, "", replay,
                (System.nanoTime() - start) / 1e9);
    }

    /** Writes {@code score.json} and {@code report.html} into {@code dir}; returns the report's path. */
    public static Path write(Score score, Spec spec, Path dir) {
        Store.write(dir.resolve("score.json"), Json.pretty(score.toJson(dir)) + "\n");
        return ScoreReport.write(score, spec, dir);
    }
}
