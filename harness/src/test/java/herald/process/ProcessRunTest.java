package herald.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import herald.history.Event;
import herald.history.Header;
import herald.history.History;
import herald.nemesis.Crash;
import herald.nemesis.Pause;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import herald.realtime.Inconclusive;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.Timing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One real-time run of programs, driven directly: what the nemesis does to processes. */
class ProcessRunTest {

    private static final Path FLOOD = Path.of("src/test/resources/programs/flood.py").toAbsolutePath();
    private static final List<String> NODES = List.of("n0", "n1", "n2");

    private static ProcessRun.Result run(Schedule schedule) throws InterruptedException {
        return run(schedule, ProcessSettings.DEFAULT);
    }

    private static ProcessRun.Result run(Schedule schedule, ProcessSettings settings, String... options)
            throws InterruptedException {
        Interpreters.requires("python3");
        List<PlannedBroadcast> broadcasts = List.of(new PlannedBroadcast(50_000, "n0", "v1"),
                new PlannedBroadcast(300_000, "n2", "v2"), new PlannedBroadcast(700_000, "n0", "v3"));
        Scenario scenario = new Scenario("flood", NODES, broadcasts, schedule, 1, new Timing(1_000_000, 500_000),
                NetworkModel.DEFAULT);
        List<String> command = new java.util.ArrayList<>(List.of("python3", FLOOD.toString()));
        command.addAll(List.of(options));
        return ProcessRun.run(new Program(command, null), scenario, settings,
                Header.of(NODES).withModel(schedule.model()), null);
    }

    @Test
    void aNodeTheNemesisRestartsIsStartedAfreshIntroducedAgainAndCatchesUp() throws Exception {
        Schedule restart = new Schedule(List.of(new ScheduledFault(100_000, 500_000, new Crash(List.of("n1"), true))));
        ProcessRun.Result r = run(restart);
        History h = r.history();
        assertThat(h.events()).extracting(Event::type).containsSubsequence("crash", "recover", "end");
        assertThat(r.diagnostics()).isEmpty();
        // The fresh n1 has lost what it knew; the others resend what it had not acknowledged when it went
        // down (value 1, broadcast while it was down), and flood what comes after (value 2).
        int recovered = h.events().stream().filter(e -> e instanceof Event.Recover).findFirst().orElseThrow().i();
        assertThat(h.events().subList(recovered, h.size()))
                .filteredOn(e -> e instanceof Event.Deliver d && d.node().equals("n1"))
                .extracting(e -> ((Event.Deliver) e).msg()).contains("1", "2");
    }

    @Test
    void aPausedNodeTakesNoStepsAndCatchesUpWhenItResumes() throws Exception {
        Schedule pause = new Schedule(List.of(new ScheduledFault(100_000, 600_000, new Pause(List.of("n2")))));
        ProcessRun.Result r = run(pause);
        assertThat(r.diagnostics()).isEmpty();
        assertThat(r.history().events()).filteredOn(e -> e instanceof Event.Deliver).hasSize(9);
        assertThat(r.figures().operations()).isGreaterThanOrEqualTo(3 + 3);
    }

    @Test
    void aNodeThatStopsAnsweringIsReportedAndJudgedOnWhatItRead() throws Exception {
        ProcessSettings impatient = new ProcessSettings(10_000_000, 500_000, 500_000, NodeProcess.Limits.DEFAULT,
                false, DeliverySource.READS, "grid");
        ProcessRun.Result r = run(Schedule.NONE, impatient, "--hang-after", "1");
        assertThat(r.diagnostics()).contains("n1 did not answer its final read");
        assertThat(r.diagnostics()).anyMatch(d -> d.matches("n1 did not answer \\d+ requests? within 500 ms"));
        assertThat(r.stderr().get("n1")).contains("flood.py: hanging after 1 requests");
    }

    @Test
    void aLineOverTheLimitIsCutAndSaidSoAndTheNodeIsStillRead() throws Exception {
        ProcessSettings strict = ProcessSettings.DEFAULT.withLimits(new NodeProcess.Limits(4_096, 1_000_000, 1_024));
        ProcessRun.Result r = run(Schedule.NONE, strict, "--spew", "4000");
        assertThat(r.started()).isTrue();
        assertThat(r.diagnostics()).contains("n0 line 1 is longer than 4096 bytes; it was cut and ignored",
                "n1 line 1 is longer than 4096 bytes; it was cut and ignored");
        assertThat(r.history().events()).filteredOn(e -> e instanceof Event.Deliver).hasSize(9);
    }

    @Test
    void anOutputFloodIsCutAtItsLimitAndSaidSoOncePerNode() throws Exception {
        ProcessSettings strict = new ProcessSettings(2_000_000, 1_000_000, 1_000_000,
                new NodeProcess.Limits(4_096, 100_000, 1_024), false, DeliverySource.READS, "grid");
        ProcessRun.Result r = run(Schedule.NONE, strict, "--spew", "300000");
        assertThat(r.startFailure()).startsWith("n0 did not answer init within 2.0 s");
        assertThat(r.diagnostics()).contains(
                "n0 wrote more than 100000 bytes to stdout; Herald stopped reading its messages there")
                .anyMatch(d -> d.matches("… and \\d+ more about n0"));
    }

    @Test
    void aFaultThatCannotBeCarriedOutMakesTheRunInconclusiveInsteadOfAHistoryThatClaimsIt() {
        Schedule stray = new Schedule(List.of(new ScheduledFault(100_000, 200_000, new Crash(List.of("n9")))));
        assertThatThrownBy(() -> run(stray)).isInstanceOf(Inconclusive.class).hasMessageMatching(
                "inconclusive run: the nemesis could not start crash \\{\"nodes\":\\[\"n9\"]} at \\d+ ms: "
                        + "the schedule names node n9, which is not in the group \\[n0, n1, n2]");
        assertThat(Reaper.live()).isZero();
    }
}
