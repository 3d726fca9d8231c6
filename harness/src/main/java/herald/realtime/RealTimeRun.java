package herald.realtime;

import herald.scenario.Scenario;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;

/**
 * The course of every real-time run, whatever its nodes are (threads on sockets, programs): start
 * the nodes; at the scenario's time zero, play the fault schedule and ask the workload at its
 * times; wait for the heal to really have happened; the quiet period, counted from then; then
 * until the network has carried nothing for {@link #IDLE}, for at most {@link #GRACE} more; record
 * {@code end}; stop everything. What differs between runtimes is in their {@link Stages}.
 *
 * <p>A failure of Herald's own making during the run (a fault that could not be injected, a
 * background thread that failed, see {@link FirstFailure}) ends it at once as {@link Inconclusive},
 * without {@code end}. Whatever happens, everything is stopped and closed before {@link #play}
 * returns or throws.
 */
public final class RealTimeRun {

    /** After the quiet period, how long the network must have carried nothing before the run ends. */
    public static final long IDLE = 200_000;

    /** How much longer than its quiet period a run may wait for the network to fall idle. */
    public static final long GRACE = 5_000_000;

    /** One thing the workload asks, {@code at} microseconds after the scenario's time zero. */
    public record Request(long at, Runnable ask) {
    }

    /** What a runtime does at each stage of the course. */
    public interface Stages {

        /** Starts every node; returns why the run cannot go on (then it ends there), or null. */
        String startNodes() throws IOException, InterruptedException;

        /** After the heal, before the quiet period (e.g. waits until every broadcast was answered). */
        default void afterHeal() throws InterruptedException {
        }

        /** When something last reached a node, on the run's clock. */
        long lastArrival();

        /** After the quiet period and the idle network, before {@code end} (e.g. final reads). */
        default void beforeEnd() throws InterruptedException {
        }

        /**
         * Stops every node and closes what the runtime opened; called once, whatever happened. It
         * should neither throw nor wait long, even when the thread is interrupted.
         */
        void close();
    }

    private final Scenario scenario;
    private final SharedRecorder recorder;
    private final RealTimeInjector injector;
    private final FirstFailure failures;
    private String unsettled;

    public RealTimeRun(Scenario scenario, SharedRecorder recorder, RealTimeInjector injector, FirstFailure failures) {
        this.scenario = scenario;
        this.recorder = recorder;
        this.injector = injector;
        this.failures = failures;
    }

    /**
     * Why the run's end cannot say whether every message would have arrived: the network never fell
     * idle within {@link #GRACE} (more nodes or packets than the machine carries in real time); null
     * when it did. A liveness verdict of such a run is not to be trusted; a safety one is.
     */
    public String unsettled() {
        return unsettled;
    }

    /**
     * Plays the run to its end and stops everything.
     *
     * @return null when the run ended (its history has {@code end}), or why the nodes could not start
     * @throws Inconclusive when a part of Herald failed during the run
     */
    public String play(Stages stages, List<Request> workload) throws IOException, InterruptedException {
        WallClock clock = recorder.clock();
        WallClockNemesis nemesis = new WallClockNemesis(scenario.schedule(), injector, clock, failures);
        try {
            String failure = stages.startNodes();
            if (failure != null) {
                return failure;
            }
            long zero = clock.now();
            nemesis.start(zero);
            for (Request request : workload.stream().sorted(Comparator.comparingLong(Request::at)).toList()) {
                failures.sleepUntil(zero + request.at());
                request.ask().run();
            }
            // The quiet period counts from when the heal really happened (firewall rules can lag on a
            // loaded machine); then the run waits for the network to fall idle, for a while at most.
            nemesis.awaitHealed();
            stages.afterHeal();
            long quietEnds = Math.max(zero + scenario.endsAt(), clock.now() + scenario.timing().quiet());
            failures.sleepUntil(quietEnds);
            long last;
            while (clock.now() < quietEnds + GRACE && clock.now() - (last = stages.lastArrival()) < IDLE) {
                failures.sleepUntil(Math.min(quietEnds + GRACE, last + IDLE));
            }
            if (clock.now() - stages.lastArrival() < IDLE) {
                unsettled = String.format("the network was still busy %.0f s after the quiet period", GRACE / 1e6);
            }
            stages.beforeEnd();
            failures.check();
            recorder.end(scenario.schedule().isEmpty() ? null : nemesis.healedAt());
            return null;
        } finally {
            nemesis.close();
            stages.close();
        }
    }
}
