package herald.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.check.Spec;
import herald.check.Specs;
import herald.grade.students.CountsInAStatic;
import herald.grade.students.ExitsTheJvm;
import herald.grade.students.FailsInItsStaticInitializer;
import herald.grade.students.Hoards;
import herald.grade.students.LoopsForever;
import herald.grade.students.RearmsAtOnce;
import herald.grade.students.SendsWithoutEnd;
import herald.grade.students.ThrowsOnSecondMessage;
import herald.history.Event;
import herald.history.History;
import herald.history.HistoryReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java classes that misbehave, graded in a JVM of their own: each is stopped, reported, and the grade goes on. */
class ClassGradeTest {

    private static final Spec RELIABLE = Specs.named("reliable");
    private static final BatteryScenario NO_FAULTS = new BatteryScenario("no-faults", "none", 1);
    private static final BatteryScenario LOSS = new BatteryScenario("loss", "loss=0.2", 1);

    @TempDir
    Path dir;

    private List<ScenarioResult> grade(Class<?> type, Limits limits, BatteryScenario... scenarios)
            throws InterruptedException {
        List<ScenarioResult> seen = new ArrayList<>();
        ClassGrader.Graded graded = ClassGrader.grade(Submission.ofClass(type.getName(), List.of()), RELIABLE,
                List.of(scenarios), BatterySettings.DEFAULT, limits, dir, false, seen::add);
        assertThat(graded.results()).hasSize(scenarios.length).containsExactlyInAnyOrderElementsOf(seen);
        return graded.results();
    }

    @Test
    void aHandlerThatThrowsCrashesItsNodeAndTheResultHasItsStackTrace() throws Exception {
        ScenarioResult r = grade(ThrowsOnSecondMessage.class, Limits.DEFAULT, NO_FAULTS).get(0);
        assertThat(r.passed()).isFalse();
        assertThat(r.property()).isEqualTo(ScenarioResult.CRASH);
        assertThat(r.sentence()).startsWith("n2 crashed at ").contains("its onReceive threw java.lang.NullPointerException");
        assertThat(r.traces()).singleElement().asString()
                .contains("java.lang.NullPointerException", "at herald.grade.students.ThrowsOnSecondMessage.arrived(");
        History history = HistoryReader.read(Path.of(r.history()));
        Event.Crash crash = history.events().stream().filter(e -> e instanceof Event.Crash).map(e -> (Event.Crash) e)
                .findFirst().orElseThrow();
        assertThat(crash.node()).isEqualTo("n2");
        assertThat(crash.reason()).startsWith("java.lang.NullPointerException");
        assertThat(Path.of(r.history()).resolveSibling("report.html")).exists();
    }

    @Test
    void aHandlerThatLoopsForeverIsStoppedWithItsStackAndTheNextScenarioIsStillGraded() throws Exception {
        List<ScenarioResult> results = grade(LoopsForever.class, Limits.DEFAULT.withHandlerMillis(300), NO_FAULTS,
                LOSS);
        ScenarioResult stopped = results.get(0);
        assertThat(stopped.property()).isEqualTo(ScenarioResult.STOPPED);
        assertThat(stopped.sentence()).isEqualTo("n3's onBroadcast did not return within 300 ms and was stopped: "
                + "an endless loop?");
        assertThat(stopped.traces()).singleElement().asString()
                .contains("at herald.grade.students.LoopsForever.onBroadcast(");
        assertThat(results.get(1).scenario()).isEqualTo(LOSS);
        assertThat(results.get(1).property()).isEqualTo(ScenarioResult.STOPPED);
    }

    @Test
    void aHandlerThatFillsTheHeapIsStoppedAndNamed() throws Exception {
        ScenarioResult r = grade(Hoards.class, Limits.DEFAULT, NO_FAULTS).get(0);
        assertThat(r.property()).isEqualTo(ScenarioResult.STOPPED);
        assertThat(r.sentence()).matches("n\\d's onBroadcast filled the heap \\(256 MB\\) and was stopped: "
                + "memory allocated without end\\?");
    }

    @Test
    void aTimerThatFiresAgainAtOnceIsStoppedByTheStepBudget() throws Exception {
        ScenarioResult r = grade(RearmsAtOnce.class, Limits.DEFAULT.withSteps(50_000), NO_FAULTS).get(0);
        assertThat(r.property()).isEqualTo(ScenarioResult.STOPPED);
        assertThat(r.sentence()).isEqualTo("the run took more than 50000 steps (calls into the nodes) and was "
                + "stopped: a livelock, such as a timer that fires again at once or packets that breed packets");
    }

    @Test
    void aHandlerThatSendsWithoutEndIsStoppedByTheBudgetOfOneCall() throws Exception {
        ScenarioResult r = grade(SendsWithoutEnd.class, Limits.DEFAULT, NO_FAULTS).get(0);
        assertThat(r.property()).isEqualTo(ScenarioResult.STOPPED);
        assertThat(r.sentence()).matches("n\\d's onBroadcast sent or set timers more than 100000 times in one call "
                + "and was stopped");
    }

    @Test
    void aClassThatExitsTheJvmFailsThatScenarioAndTheOthersAreGraded() throws Exception {
        List<ScenarioResult> results = grade(ExitsTheJvm.class, Limits.DEFAULT, NO_FAULTS, LOSS);
        assertThat(results).extracting(ScenarioResult::property).containsExactly(ScenarioResult.STOPPED,
                ScenarioResult.STOPPED);
        assertThat(results.get(0).sentence()).isEqualTo("the JVM running the class ended (exit code 7) during this "
                + "scenario: did the class call System.exit, or crash the JVM?");
    }

    @Test
    void aStaticInitializerThatThrowsIsToldAsSuchNotAsTheJvmEnding() throws Exception {
        List<ScenarioResult> results = grade(FailsInItsStaticInitializer.class, Limits.DEFAULT, NO_FAULTS, LOSS);
        assertThat(results.get(0).sentence()).contains("the static initializer of "
                + "herald.grade.students.FailsInItsStaticInitializer threw java.lang.IllegalStateException: static boom");
        assertThat(results).hasSize(2).allSatisfy(r -> {     // the second, in the same JVM: it cannot be initialized
            assertThat(r.passed()).isFalse();
            assertThat(r.sentence()).contains("static boom").doesNotContain("System.exit", "JVM");
        });
    }

    @Test
    void heraldsOwnFailureInTheBatterysJvmIsReportedAsHeraldsNotAsTheClassExitingIt() throws Exception {
        // On 2 nodes a crash would leave no correct majority: Herald cannot make crash/1 (the command
        // line refuses such a group before grading; here the grader is called without that check).
        BatterySettings two = new BatterySettings(2, 20, BatterySettings.DEFAULT.timing(),
                BatterySettings.DEFAULT.network());
        List<ScenarioResult> seen = new ArrayList<>();
        assertThatThrownBy(() -> ClassGrader.grade(Submission.ofProtocol("eager-rb"), RELIABLE,
                List.of(NO_FAULTS, new BatteryScenario("crash", "crash=1", 1)), two, Limits.DEFAULT, dir, false,
                seen::add))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Herald itself failed in scenario crash/1, in the JVM that runs the battery (not the "
                        + "class's doing): java.lang.IllegalStateException: Herald cannot make scenario crash/1 "
                        + "(crash=1) on 2 nodes: --nemesis crash=1 may crash 1 of 2 nodes at once, which leaves no "
                        + "correct majority; at most 0 can crash at random, unless named (crash=n1+n2+…)")
                .cause().hasMessageStartingWith("in the JVM that runs the battery: java.lang.IllegalStateException: "
                        + "Herald cannot make scenario crash/1")
                .hasMessageContaining("\tat herald.grade.BatteryScenario.");
        assertThat(seen).as("no result is the class's").extracting(r -> r.scenario().id())
                .containsExactly("no-faults/1");
    }

    @Test
    void eachRunHasItsOwnCopyOfTheClassSoAReplayIsByteForByteTheSame() throws Exception {
        Path classes = Path.of(CountsInAStatic.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Submission submission = Submission.ofClass(CountsInAStatic.class.getName(), List.of(classes.toString()));
        List<BatteryScenario> twice = List.of(NO_FAULTS, new BatteryScenario("loss", "loss=0.2", 2), NO_FAULTS);
        ClassRuns runs = new ClassRuns(submission, RELIABLE, BatterySettings.DEFAULT, Limits.DEFAULT,
                dir, false);
        byte[] first = bytes(runs.run(twice.get(0)));
        runs.run(twice.get(1));
        byte[] again = bytes(runs.run(twice.get(2)));
        assertThat(again).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8)).contains("broadcast number 1 in this JVM");
    }

    @Test
    void aFolderOnTheClassPathStandsForItsJarsAndTheClassIsLoadedFromThere() throws Exception {
        Path classes = Path.of(CountsInAStatic.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path deps = Files.createDirectories(dir.resolve("deps"));
        Path jar = deps.resolve("student.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("CountsInAStatic", "Relay", "Relay$Data")) {
                String entry = "herald/grade/students/" + name + ".class";
                out.putNextEntry(new java.util.jar.JarEntry(entry));
                out.write(Files.readAllBytes(classes.resolve(entry)));
                out.closeEntry();
            }
        }
        Submission submission = Submission.ofClass(CountsInAStatic.class.getName(), List.of(deps + "/"));
        submission.check();
        try (Submission.Fresh fresh = submission.fresh()) {
            assertThat(fresh.nodes().get().getClass().getProtectionDomain().getCodeSource().getLocation().toString())
                    .endsWith("deps/student.jar");
        }
    }

    private static byte[] bytes(ScenarioResult r) throws IOException {
        assertThat(r.passed()).isTrue();
        return Files.readAllBytes(Path.of(r.history()));
    }
}
