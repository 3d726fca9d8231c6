package herald.grade.junit;

import herald.check.Spec;
import herald.check.Specs;
import herald.grade.Battery;
import herald.grade.BatterySettings;
import herald.grade.Grading;
import herald.grade.Limits;
import herald.grade.ScenarioResult;
import herald.grade.Score;
import herald.grade.Submission;
import herald.hunt.ClassPath;
import herald.node.Node;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Grades a {@link Node} class on Herald's battery as part of a test run: one test per scenario,
 * named by the scenario ({@code loss/2}), failing with the evidence. Extend it, naming the class
 * and the spec:
 *
 * <pre>
 * class MyBroadcastTest extends HeraldBattery {
 *     MyBroadcastTest() {
 *         super(MyBroadcast.class, "reliable");
 *     }
 * }
 * </pre>
 *
 * <p>The battery runs in a JVM of its own (as {@code herald grade --class} runs it), so a node
 * that loops forever or fills its heap fails its scenario and not the build's JVM. A node that
 * says how long it needs to settle after the heal ({@link herald.node.Settling}) is given that
 * long a quiet period, where the battery's second is shorter. A failing
 * scenario is shrunk, and its test fails as a failing {@link herald.junit.Keeps @Keeps} test does
 * ({@link Score#evidence}): the shrunk counterexample's first violation, its history, the command
 * that replays it. The
 * report ({@code report.html}, {@code score.json}, every failing history, as found and shrunk) is
 * written to {@code target/herald/<SimpleClassName>/}.
 */
public abstract class HeraldBattery {

    private final Class<? extends Node> node;
    private final String spec;

    /**
     * @param node the class to grade: public, with a public constructor without arguments
     * @param spec the spec it must keep, e.g. {@code reliable} or {@code causal}
     */
    protected HeraldBattery(Class<? extends Node> node, String spec) {
        this.node = node;
        this.spec = spec;
    }

    /**
     * Which scenarios to grade: null (the default) for the whole battery, or kinds and scenarios
     * as {@code herald grade --scenarios} takes them ({@code "no-faults,loss"}), while developing.
     */
    protected String scenarios() {
        return null;
    }

    /** Where the report goes: {@code target/herald/<SimpleClassName>/}. */
    protected Path reportDir() {
        return Path.of("target", "herald", node.getSimpleName());
    }

    /** The limits of each run: steps, sends per call, time per call, heap. */
    protected Limits limits() {
        return Limits.DEFAULT;
    }

    /** Grades the class, then gives one test per scenario. */
    @TestFactory
    public final Stream<DynamicTest> battery() throws InterruptedException {
        Spec checked = Specs.named(spec);
        Battery battery = Battery.of(checked, Battery.Target.CLASSES);
        if (scenarios() != null) {
            battery = battery.only(scenarios());
        }
        Submission submission = Submission.ofClass(node.getName(), ClassPath.of(node).entries());
        String replay = "./herald grade --spec " + spec + " --class " + node.getName() + " --classpath target/classes";
        Path dir = reportDir().toAbsolutePath();
        // A class that says how long it needs to settle after the heal gets that long, as herald grade gives it.
        BatterySettings settings = Grading.settlingTime(submission, battery, BatterySettings.DEFAULT.nodes(), limits())
                .map(t -> BatterySettings.DEFAULT.withQuietAtLeast(t.micros())).orElse(BatterySettings.DEFAULT);
        Score score = Grading.javaClass(submission, checked, battery, settings, limits(), dir, false, replay,
                result -> { });
        Path report = Grading.write(score, checked, dir);
        return score.results().stream().map(r -> DynamicTest.dynamicTest(r.scenario().id(), () -> {
            if (!r.passed()) {
                throw new AssertionError(evidence(r, score, report));
            }
        }));
    }

    /** The failure message: the sentence first, then the evidence, the report. */
    static String evidence(ScenarioResult r, Score score, Path report) {
        return r.scenario().id() + " (" + r.scenario().nemesis() + "): " + r.sentence() + "\n" + score.evidence(r)
                + "report: " + report.toAbsolutePath();
    }
}
