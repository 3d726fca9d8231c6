package herald.hunt;

import herald.nemesis.Fault;
import herald.nemesis.ScheduledFault;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.Timing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The ways to make a scenario smaller, each giving the candidates to try, most promising first:
 * fewer nodes, fewer broadcasts, fewer faults, simpler faults, shorter faults, everything earlier,
 * a shorter window, a shorter quiet period. Every candidate is smaller by {@link #measure}, so a
 * shrinker that accepts only smaller scenarios always stops.
 */
final class Moves {

    /** One way to make a scenario smaller. */
    @FunctionalInterface
    interface Move {
        List<Scenario> candidates(Scenario s);
    }

    private static final long MS = 1_000;

    /** The moves that take parts away or simplify them, in the order a shrinker tries them. */
    static final List<Move> STRUCTURE = List.of(Moves::fewerNodes, Moves::fewerBroadcasts, Moves::fewerFaults,
            Moves::simplerFaults);

    /**
     * The moves that change times, tried once the structure is as small as it gets: a fault cut
     * short early would pin the failure to the timing of the traffic around it, and taking a
     * broadcast out later would then move that traffic off it.
     */
    static final List<Move> TIME = List.of(Moves::shorterFaults, Moves::earlier, Moves::tighterWindow);

    private Moves() {
    }

    /**
     * How big a scenario is, compared element by element: nodes, broadcasts, faults, how complex
     * the faults are, how many are left to chance, how long they last, how late things happen,
     * the window, the quiet period.
     */
    static long[] measure(Scenario s) {
        long complexity = 0;
        long uncertain = 0;
        long duration = 0;
        long times = 0;
        for (ScheduledFault f : s.schedule().faults()) {
            complexity += FaultEdits.complexity(f.fault(), s.nodes().size());
            uncertain += FaultEdits.uncertain(f.fault()) ? 1 : 0;
            duration += f.duration();
            times += f.start();
        }
        for (PlannedBroadcast b : s.broadcasts()) {
            times += b.at();
        }
        return new long[] {s.nodes().size(), s.broadcasts().size(), s.schedule().size(), complexity, uncertain,
            duration, times, s.timing().window(), s.timing().quiet()};
    }

    /**
     * Without each node, the last first (the others keep their places, so their randomness); then
     * without each pair of nodes, for a group that cannot lose one node alone (a majority must stay
     * correct, and a node and a crash must go together).
     */
    static List<Scenario> fewerNodes(Scenario s) {
        List<Scenario> smaller = new ArrayList<>();
        List<String> nodes = s.nodes();
        for (int a = nodes.size() - 1; a >= 0 && nodes.size() > 1; a--) {
            smaller.add(without(s, List.of(nodes.get(a))));
        }
        for (int a = nodes.size() - 1; a >= 0 && nodes.size() > 2; a--) {
            for (int b = a - 1; b >= 0; b--) {
                smaller.add(without(s, List.of(nodes.get(a), nodes.get(b))));
            }
        }
        return smaller;
    }

    /** The scenario without {@code gone}: their broadcasts dropped, the faults rewritten or dropped. */
    private static Scenario without(Scenario s, List<String> gone) {
        List<String> nodes = s.nodes().stream().filter(n -> !gone.contains(n)).toList();
        List<PlannedBroadcast> broadcasts = s.broadcasts().stream().filter(b -> !gone.contains(b.node())).toList();
        List<ScheduledFault> faults = new ArrayList<>();
        for (ScheduledFault f : s.schedule().faults()) {
            Optional<Fault> rest = Optional.of(f.fault());
            for (String node : gone) {
                rest = rest.flatMap(fault -> FaultEdits.without(fault, node));
            }
            rest.ifPresent(fault -> faults.add(new ScheduledFault(f.start(), f.stop(), fault)));
        }
        return with(s, nodes, broadcasts, faults, s.timing());
    }

    static List<Scenario> fewerBroadcasts(Scenario s) {
        return Chunks.without(s.broadcasts()).stream()
                .map(b -> with(s, s.nodes(), b, s.schedule().faults(), s.timing())).toList();
    }

    static List<Scenario> fewerFaults(Scenario s) {
        return Chunks.without(s.schedule().faults()).stream()
                .map(f -> with(s, s.nodes(), s.broadcasts(), f, s.timing())).toList();
    }

    static List<Scenario> simplerFaults(Scenario s) {
        List<Scenario> smaller = new ArrayList<>();
        List<ScheduledFault> faults = s.schedule().faults();
        for (int k = 0; k < faults.size(); k++) {
            ScheduledFault f = faults.get(k);
            for (Fault simpler : FaultEdits.simpler(f.fault(), s.nodes())) {
                smaller.add(replacing(s, k, new ScheduledFault(f.start(), f.stop(), simpler)));
            }
        }
        return smaller;
    }

    /** Each fault cut to its first half, then to its second half, in whole milliseconds. */
    static List<Scenario> shorterFaults(Scenario s) {
        List<Scenario> smaller = new ArrayList<>();
        List<ScheduledFault> faults = s.schedule().faults();
        for (int k = 0; k < faults.size(); k++) {
            ScheduledFault f = faults.get(k);
            long half = f.duration() / 2 / MS * MS;
            if (half > 0) {
                smaller.add(replacing(s, k, new ScheduledFault(f.start(), f.start() + half, f.fault())));
                smaller.add(replacing(s, k, new ScheduledFault(f.stop() - half, f.stop(), f.fault())));
            }
        }
        return smaller;
    }

    /**
     * Everything moved earlier together, so that the first thing happens at 0; then each broadcast
     * and each fault alone, to a round time (a multiple of 100 ms, 10 ms, 1 ms) or half its time.
     */
    static List<Scenario> earlier(Scenario s) {
        List<Scenario> smaller = new ArrayList<>();
        long first = Long.MAX_VALUE;
        for (PlannedBroadcast b : s.broadcasts()) {
            first = Math.min(first, b.at());
        }
        for (ScheduledFault f : s.schedule().faults()) {
            first = Math.min(first, f.start());
        }
        if (first != Long.MAX_VALUE && first > 0) {
            long by = first;
            smaller.add(with(s, s.nodes(), s.broadcasts().stream().map(b -> at(b, b.at() - by)).toList(),
                    s.schedule().faults().stream().map(f -> shifted(f, f.start() - by)).toList(), s.timing()));
        }
        for (int k = 0; k < s.broadcasts().size(); k++) {
            PlannedBroadcast b = s.broadcasts().get(k);
            for (long t : earlierTimes(b.at())) {
                List<PlannedBroadcast> broadcasts = new ArrayList<>(s.broadcasts());
                broadcasts.set(k, at(b, t));
                smaller.add(with(s, s.nodes(), broadcasts, s.schedule().faults(), s.timing()));
            }
        }
        List<ScheduledFault> faults = s.schedule().faults();
        for (int k = 0; k < faults.size(); k++) {
            for (long t : earlierTimes(faults.get(k).start())) {
                smaller.add(replacing(s, k, shifted(faults.get(k), t)));
            }
        }
        return smaller;
    }

    /** The window ends with the last broadcast or fault, so the quiet period starts right after. */
    static List<Scenario> tighterWindow(Scenario s) {
        long last = s.healedAt();
        for (PlannedBroadcast b : s.broadcasts()) {
            last = Math.max(last, b.at());
        }
        return last < s.timing().window()
                ? List.of(with(s, s.nodes(), s.broadcasts(), s.schedule().faults(), new Timing(last, s.timing().quiet())))
                : List.of();
    }

    /**
     * Half the quiet period, down to 50 ms. Only for properties a run cut short cannot break
     * (no duplication, no creation): cutting the wait for a correct protocol to finish would
     * otherwise make a liveness property fail for the wrong reason.
     */
    static List<Scenario> shorterQuiet(Scenario s) {
        long half = s.timing().quiet() / 2 / MS * MS;
        return half >= 50 * MS
                ? List.of(with(s, s.nodes(), s.broadcasts(), s.schedule().faults(), new Timing(s.timing().window(), half)))
                : List.of();
    }

    /** The scenario with nodes called n1, n2, … in their order, and payloads v1, v2, … in time order. */
    static Scenario tidy(Scenario s) {
        Map<String, String> names = new LinkedHashMap<>();
        for (int k = 0; k < s.nodes().size(); k++) {
            names.put(s.nodes().get(k), "n" + (k + 1));
        }
        List<PlannedBroadcast> broadcasts = new ArrayList<>();
        for (int k = 0; k < s.broadcasts().size(); k++) {
            PlannedBroadcast b = s.broadcasts().get(k);
            broadcasts.add(new PlannedBroadcast(b.at(), names.get(b.node()), "v" + (k + 1)));
        }
        List<ScheduledFault> faults = s.schedule().faults().stream()
                .map(f -> new ScheduledFault(f.start(), f.stop(), FaultEdits.renamed(f.fault(), names))).toList();
        return with(s, List.copyOf(names.values()), broadcasts, faults, s.timing());
    }

    /** Round times below {@code t}: to 100 ms, 10 ms, 1 ms, and half of it; largest first. */
    private static List<Long> earlierTimes(long t) {
        TreeSet<Long> times = new TreeSet<>();
        for (long grid : new long[] {100 * MS, 10 * MS, MS}) {
            times.add(t / grid * grid);
        }
        times.add(t / 2 / MS * MS);
        return times.headSet(t, false).descendingSet().stream().toList();
    }

    private static PlannedBroadcast at(PlannedBroadcast b, long t) {
        return new PlannedBroadcast(t, b.node(), b.data());
    }

    private static ScheduledFault shifted(ScheduledFault f, long start) {
        return new ScheduledFault(start, start + f.duration(), f.fault());
    }

    private static Scenario replacing(Scenario s, int k, ScheduledFault fault) {
        List<ScheduledFault> faults = new ArrayList<>(s.schedule().faults());
        faults.set(k, fault);
        return with(s, s.nodes(), s.broadcasts(), faults, s.timing());
    }

    private static Scenario with(Scenario s, List<String> nodes, List<PlannedBroadcast> broadcasts,
            List<ScheduledFault> faults, Timing timing) {
        return new Scenario(s.protocol(), nodes, broadcasts, s.schedule().withFaults(faults), s.seed(), timing,
                s.network());
    }
}
