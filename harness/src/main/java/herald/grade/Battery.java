package herald.grade;

import herald.check.Spec;
import herald.nemesis.NemesisOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fixed list of scenarios a submission is graded on, the same every time for a spec, so that
 * scores are comparable across submissions. It has a version ({@link #VERSION}); changing what is
 * in it means a new version.
 *
 * <p>Each kind of scenario is one nemesis (no faults; loss; duplication; reordering; each
 * partition shape; one crash; one crash of a sender cut off from the others just after its
 * broadcast, the textbook's case for uniform agreement; everything combined), run with several seeds: 5 for Java classes,
 * whose runs are simulated and cost milliseconds, 3 for programs, whose runs take real seconds.
 *
 * <p>A spec's battery holds what a correct implementation of that spec must survive, and nothing
 * it cannot be asked to:
 * <ul>
 *   <li>{@code best-effort}: best-effort broadcast is the textbook's over perfect links (Cachin et
 *       al., §3.2), so the network it is graded on loses nothing: no loss, no partition.
 *   <li>total-order specs: total order survives crashes only with consensus, which the course's
 *       total-order protocols (a sequencer, Lamport timestamps, Skeen's priorities) do not have;
 *       so no crash. Everything else, partitions and loss included, they must survive.
 * </ul>
 */
public final class Battery {

    /** The battery's version, printed with every score and written in score.json. */
    public static final String VERSION = "herald-battery/2";

    /** What is graded: decides the number of seeds per kind. */
    public enum Target {
        CLASSES(5), PROGRAMS(3);

        private final int seeds;

        Target(int seeds) {
            this.seeds = seeds;
        }

        public int seeds() {
            return seeds;
        }
    }

    /**
     * One kind of scenario: a name, the nemesis it runs under, and whether its crashes are aimed
     * at a sender cut off from the others (see {@link herald.scenario.Aim#cutOffSenders}).
     */
    public record Kind(String name, String nemesis, boolean cutOff) {
        public Kind(String name, String nemesis) {
            this(name, nemesis, false);
        }

        /**
         * The fewest nodes its scenarios can run on: what its nemesis needs ({@link
         * NemesisOptions#leastNodes}); a cut-off sender is a crash, so the crash's correct majority.
         */
        public int leastNodes() {
            return NemesisOptions.parse(nemesis).leastNodes();
        }
    }

    private static final String SHAPES = "random-halves,halves,isolate,bridge,ring,one-way";

    static final List<Kind> KINDS = allKinds();

    private static List<Kind> allKinds() {
        List<Kind> kinds = new ArrayList<>();
        kinds.add(new Kind("no-faults", "none"));
        kinds.add(new Kind("loss", "loss=0.2"));
        kinds.add(new Kind("duplication", "dup=0.2"));
        kinds.add(new Kind("reordering", "reorder=20ms"));
        for (String shape : SHAPES.split(",")) {
            kinds.add(new Kind("partition-" + shape, "partition=" + shape));
        }
        kinds.add(new Kind("crash", "crash=1"));
        kinds.add(new Kind("crash-cut-off", "crash=1", true));
        kinds.add(new Kind("everything", "partition=any,loss=0.1,dup=0.1,reorder=20ms,delay,crash=1,pause"));
        return List.copyOf(kinds);
    }

    private final String spec;
    private final Target target;
    private final List<Kind> kinds;
    private final List<String> leftOut;
    private final List<BatteryScenario> scenarios;
    private final boolean whole;

    private Battery(String spec, Target target, List<Kind> kinds, List<String> leftOut,
            List<BatteryScenario> scenarios, boolean whole) {
        this.spec = spec;
        this.target = target;
        this.kinds = List.copyOf(kinds);
        this.leftOut = List.copyOf(leftOut);
        this.scenarios = List.copyOf(scenarios);
        this.whole = whole;
    }

    /** The battery for {@code spec} and what is graded. */
    public static Battery of(Spec spec, Target target) {
        boolean lossless = spec.name().equals("best-effort");
        boolean noCrash = spec.properties().stream().anyMatch(p -> p.endsWith("total-order"));
        List<Kind> kinds = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        if (lossless) {
            leftOut.add("best-effort broadcast assumes perfect links: no loss, no partition");
        }
        if (noCrash) {
            leftOut.add("total order survives crashes only with consensus: no crash");
        }
        for (Kind kind : KINDS) {
            String nemesis = kind.nemesis();
            if (lossless) {
                nemesis = without(nemesis, "loss", "partition");
            }
            if (noCrash) {
                nemesis = without(nemesis, "crash");
            }
            if (kind.cutOff() && (lossless || noCrash)) {
                continue;
            }
            if (!nemesis.equals("none") || kind.nemesis().equals("none")) {
                kinds.add(new Kind(kind.name(), nemesis, kind.cutOff()));
            }
        }
        List<BatteryScenario> scenarios = new ArrayList<>();
        for (Kind kind : kinds) {
            for (int seed = 1; seed <= target.seeds(); seed++) {
                scenarios.add(new BatteryScenario(kind.name(), kind.nemesis(), seed, kind.cutOff()));
            }
        }
        return new Battery(spec.name(), target, kinds, leftOut, scenarios, true);
    }

    private static String without(String nemesis, String... names) {
        List<String> kept = new ArrayList<>();
        for (String item : nemesis.split(",")) {
            String name = NemesisOptions.name(item);
            if (!List.of(names).contains(name)) {
                kept.add(item);
            }
        }
        return kept.isEmpty() ? "none" : String.join(",", kept);
    }

    /**
     * Only the scenarios {@code selection} names: kinds ({@code loss}) or single scenarios
     * ({@code loss/2}), comma-separated.
     *
     * @throws IllegalArgumentException naming what is not in the battery
     */
    public Battery only(String selection) {
        Set<BatteryScenario> chosen = new LinkedHashSet<>();
        for (String item : selection.split(",", -1)) {
            String name = item.strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty item in --scenarios \"" + selection + "\"");
            }
            List<BatteryScenario> matching = scenarios.stream()
                    .filter(s -> s.kind().equals(name) || s.id().equals(name)).toList();
            if (matching.isEmpty()) {
                throw new IllegalArgumentException("the battery for " + spec + " has no scenario \"" + name
                        + "\" (its kinds: " + String.join(", ", kinds.stream().map(Kind::name).toList())
                        + "; one scenario is KIND/SEED, seeds 1.." + target.seeds() + ")");
            }
            chosen.addAll(matching);
        }
        List<BatteryScenario> ordered = scenarios.stream().filter(chosen::contains).toList();
        return new Battery(spec, target, kinds, leftOut, ordered, ordered.size() == scenarios.size());
    }

    /**
     * Refuses a group too small for some chosen scenario, before anything is graded: a crash on 2
     * nodes would crash a majority, a ring partition needs a third node.
     *
     * @throws IllegalArgumentException naming the kinds that cannot run on {@code nodes} nodes and
     *     the fewest nodes each needs
     */
    public void checkGroup(int nodes) {
        TreeMap<Integer, List<String>> needs = new TreeMap<>();
        for (Kind kind : kinds) {
            boolean chosen = scenarios.stream().anyMatch(s -> s.kind().equals(kind.name()));
            if (chosen && kind.leastNodes() > nodes) {
                needs.computeIfAbsent(kind.leastNodes(), k -> new ArrayList<>()).add(kind.name());
            }
        }
        if (needs.isEmpty()) {
            return;
        }
        boolean one = needs.size() == 1 && needs.values().iterator().next().size() == 1;
        List<String> each = new ArrayList<>();
        needs.forEach((least, names) -> each.add(and(names) + (names.size() == 1 ? " needs" : " need")
                + " at least " + least + " nodes"));
        throw new IllegalArgumentException("--nodes " + nodes + " is too few for " + (one ? "a kind" : "some kinds")
                + " of scenario in the battery: " + String.join("; ", each) + "; give --nodes " + needs.lastKey()
                + " or more, or leave " + (one ? "it" : "them") + " out with --scenarios");
    }

    /** "a", "a and b", "a, b and c". */
    private static String and(List<String> names) {
        int last = names.size() - 1;
        return last == 0 ? names.get(0) : String.join(", ", names.subList(0, last)) + " and " + names.get(last);
    }

    public List<BatteryScenario> scenarios() {
        return scenarios;
    }

    public List<Kind> kinds() {
        return kinds;
    }

    /** Why kinds of fault were left out of this spec's battery, as sentences. */
    public List<String> leftOut() {
        return leftOut;
    }

    /** Whether every scenario of the battery is in (not a selection). */
    public boolean whole() {
        return whole;
    }

    public Target target() {
        return target;
    }

    /** One line: "herald-battery/2 for reliable: 13 kinds × 5 seeds = 65 scenarios". */
    public String describe() {
        String size = kinds.size() + " kinds × " + target.seeds() + " seeds = " + kinds.size() * target.seeds()
                + " scenarios";
        String text = VERSION + " for " + spec + ": " + size;
        if (!whole) {
            text += ", " + scenarios.size() + " of them selected";
        }
        if (!leftOut.isEmpty()) {
            text += " (" + String.join("; ", leftOut) + ")";
        }
        return text;
    }
}
