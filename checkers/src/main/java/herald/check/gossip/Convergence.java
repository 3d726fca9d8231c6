package herald.check.gossip;

import herald.check.Checker;
import herald.check.Findings;
import herald.check.Outcome;
import herald.check.Violation;
import herald.history.Event;
import herald.history.History;
import herald.history.Names;
import herald.history.IntList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Convergence: after the last fault stops, every correct process connected to a rumor's origin
 * learns the rumor.
 *
 * <p>"Connected" is over the gossip topology the header records ({@code "topology": {"name",
 * "neighbours"}}; the complete graph when absent), through correct processes only, since a crashed
 * process passes nothing on. A rumor whose origin crashed is owed to the processes connected to a
 * correct process that learned it; one nobody correct knows is owed to no one. Learning a rumor
 * is delivering it; the rumor is judged at the end of the history, when every fault has stopped.
 *
 * <p>Three flavours. Anti-entropy promises convergence outright: each correct connected process
 * that never learned a rumor is a violation. Rumor mongering does not: it leaves a
 * <em>residue</em>, the fraction of those processes a rumor never reached, which this checker
 * reports as a note; given a bound, a rumor whose residue exceeds it is a violation.
 */
public final class Convergence implements Checker {

    /** Strict: no residue at all. NaN: report the residue, judge nothing. Else: the largest residue allowed. */
    private final double bound;

    private Convergence(double bound) {
        this.bound = bound;
    }

    /** Every correct connected process learns every rumor: what anti-entropy promises. */
    public static Convergence strict() {
        return new Convergence(0);
    }

    /** Reports each rumor's residue without judging it: rumor mongering, as designed. */
    public static Convergence reportingResidue() {
        return new Convergence(Double.NaN);
    }

    /** A rumor may miss at most a fraction {@code bound} of the correct processes owed it. */
    public static Convergence residueAtMost(double bound) {
        if (!(bound >= 0 && bound <= 1)) {
            throw new IllegalArgumentException("a residue bound must be between 0 and 1, got " + bound);
        }
        return new Convergence(bound);
    }

    @Override
    public boolean liveness() {
        return true;
    }

    @Override
    public String property() {
        return "convergence";
    }

    @Override
    public Outcome check(History history) {
        Findings findings = new Findings(property());
        Connections connections = Connections.of(history);
        connections.problems().forEach(findings::note);
        Ending at = new Ending(history);
        Residue residue = new Residue();
        int n = history.nodeCount();
        int[] learnedAt = new int[n];
        boolean[] owed = new boolean[n];
        for (int m = 0; m < history.messageCount(); m++) {
            int broadcast = history.broadcastOf(m);
            if (broadcast < 0) {
                continue;
            }
            Arrays.fill(learnedAt, -1);
            IntList deliveries = history.deliveriesOf(m);
            for (int j = deliveries.size() - 1; j >= 0; j--) {
                learnedAt[history.nodeAt(deliveries.get(j))] = deliveries.get(j);
            }
            int origin = history.nodeAt(broadcast);
            int[] witness = witnesses(connections, learnedAt, origin, broadcast);
            List<Integer> missing = new ArrayList<>();
            int eligible = 0;
            for (int k = 0; k < n; k++) {
                owed[k] = connections.correct(k) && witness[connections.component(k)] >= 0;
                if (owed[k]) {
                    eligible++;
                    if (learnedAt[k] < 0) {
                        missing.add(k);
                    }
                }
            }
            residue.add(history.message(m), eligible, missing, history);
            if (bound == 0) {
                for (int k : missing) {
                    int w = witness[connections.component(k)];
                    int cited = w == origin ? broadcast : learnedAt[w];
                    String msg = history.message(m);
                    findings.add(() -> missed(history, connections, at, msg, k, w, w == origin, cited));
                }
            } else if (eligible > 0 && (double) missing.size() / eligible > bound) {
                String msg = history.message(m);
                int owedCount = eligible;
                findings.add(() -> tooMuch(history, at, msg, origin, broadcast, missing, owedCount));
            }
        }
        if (bound != 0) {
            findings.note(residue.describe());
        }
        return findings.outcome();
    }

    /**
     * For each component of the correct processes, a correct process in it that knows the rumor:
     * the origin if it is correct there, else the first to learn it; -1 when none does.
     */
    private static int[] witnesses(Connections connections, int[] learnedAt, int origin, int broadcast) {
        int[] witness = new int[connections.components()];
        Arrays.fill(witness, -1);
        if (connections.correct(origin)) {
            witness[connections.component(origin)] = origin;
        }
        for (int k = 0; k < learnedAt.length; k++) {
            if (learnedAt[k] >= 0 && connections.correct(k)) {
                int c = connections.component(k);
                if (witness[c] < 0 || (witness[c] != origin && learnedAt[k] < learnedAt[witness[c]])) {
                    witness[c] = k;
                }
            }
        }
        return witness;
    }

    private Violation missed(History history, Connections connections, Ending at, String msg, int missing,
            int witness, boolean isOrigin, int cited) {
        String who = history.node(missing);
        String knows = history.node(witness);
        String how = isOrigin ? "correct process " + knows + " broadcast it (#" + cited + ")"
                : "correct process " + knows + " learned it (#" + cited + ")";
        List<String> path = connections.path(witness, missing).stream().map(history::node).toList();
        String sentence = "convergence violated: correct process " + who + " never learned " + Names.told(msg) + ", though "
                + how + " and " + who + " is connected to " + knows + " through correct processes ("
                + String.join("–", path) + ")" + at.healed();
        return new Violation(property(), sentence, List.of(knows, who), List.of(msg), at.events(cited));
    }

    private Violation tooMuch(History history, Ending at, String msg, int origin, int broadcast,
            List<Integer> missing, int owed) {
        List<String> names = missing.stream().map(history::node).toList();
        String sentence = String.format(Locale.ROOT, "convergence violated: %s, broadcast by %s (#%d), never reached "
                        + "%d of the %d correct processes connected to those that knew it (%s): residue %.3f, above the "
                        + "bound %.3f%s", Names.told(msg), history.node(origin), broadcast, missing.size(), owed,
                Residue.list(names), (double) missing.size() / owed, bound, at.healed());
        List<String> nodes = new ArrayList<>();
        nodes.add(history.node(origin));
        nodes.addAll(names.subList(0, Math.min(names.size(), 10)));
        return new Violation(property(), sentence, nodes, List.of(msg), at.events(broadcast));
    }

    /** Where the run healed and ended, cited in every sentence. */
    private static final class Ending {
        private final int lastStop;
        private final int end;

        Ending(History history) {
            int stop = -1;
            for (Event e : history.events()) {
                if (e instanceof Event.Fault f && !f.isStart()) {
                    stop = f.i();
                }
            }
            this.lastStop = stop;
            this.end = history.complete() ? history.end().i() : -1;
        }

        String healed() {
            String stopped = lastStop < 0 ? "" : "the last fault stopped at #" + lastStop;
            String ended = end < 0 ? "" : "the run ended at #" + end;
            if (stopped.isEmpty() && ended.isEmpty()) {
                return "";
            }
            return "; " + (stopped.isEmpty() ? ended : ended.isEmpty() ? stopped : stopped + " and " + ended);
        }

        List<Integer> events(int cited) {
            List<Integer> events = new ArrayList<>(List.of(cited));
            if (lastStop > cited) {
                events.add(lastStop);
            }
            if (end >= 0) {
                events.add(end);
            }
            return events;
        }
    }
}
