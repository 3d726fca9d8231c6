package herald.nemesis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The nemesis of a family of runs, as the command line gives it: the faults to generate, by
 * name ({@code partition,loss=0.2,crash=1}: each comma-separated item names a nemesis with an
 * optional {@code =value}; a bare name takes its defaults; {@code none} or an empty text means no
 * faults), on a network with the given semantics. Or, instead of generated faults, a fixed
 * schedule read from a file, the same in every run.
 *
 * <p>The harness asks it what the runs may do before running them ({@link #mayCrash}, {@link
 * #linksMayReorder}), to refuse a nemesis that breaks what a protocol assumes.
 *
 * @param options each nemesis's value (null when bare), in the order given
 * @param network what the network may do
 * @param fixed a schedule given as it is, or null to generate one per seed
 */
public record NemesisOptions(Map<String, String> options, NetworkSemantics network, Schedule fixed) {

    public static final NemesisOptions NONE = new NemesisOptions(Map.of());

    public NemesisOptions {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        Objects.requireNonNull(network, "network");
        if (fixed != null && !options.isEmpty()) {
            throw new IllegalArgumentException("give the faults either by name or as a schedule, not both");
        }
        if (fixed != null) {
            fixed = fixed.withNetwork(network);
        }
        for (String name : options.keySet()) {
            network.permit(Nemeses.named(name).fault());
        }
    }

    /** Faults by name, on the default network. */
    public NemesisOptions(Map<String, String> options) {
        this(options, NetworkSemantics.DEFAULT, null);
    }

    /** A fixed schedule, on its own network. */
    public static NemesisOptions of(Schedule schedule) {
        return new NemesisOptions(Map.of(), schedule.network(), schedule);
    }

    /**
     * Parses and validates what a user gave as {@code --nemesis}: as {@link #parse}, but an empty
     * text is refused, for "no faults" is written {@code none}.
     *
     * @throws IllegalArgumentException naming the item that is wrong and why
     */
    public static NemesisOptions given(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("--nemesis is empty: give the faults, e.g. partition,loss=0.2, or none "
                    + "for no faults");
        }
        return parse(text);
    }

    /**
     * Parses and validates {@code text}; null or blank is no faults.
     *
     * @throws IllegalArgumentException naming the item that is wrong and why
     */
    public static NemesisOptions parse(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        if (text == null || text.isBlank() || text.strip().equals("none")) {
            return NONE;
        }
        for (String item : text.split(",", -1)) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("empty item in --nemesis \"" + text + "\"");
            }
            String name = name(trimmed);
            if (name.equals("none")) {
                throw new IllegalArgumentException("none means no faults, so it cannot go with others in --nemesis \""
                        + text + "\"");
            }
            String rest = trimmed.substring(name.length()).strip();
            String value = rest.isEmpty() ? null : rest.startsWith("=") ? rest.substring(1).strip() : rest;
            Nemesis nemesis = Nemeses.named(name);
            nemesis.validate(value);
            if (options.containsKey(nemesis.name())) {
                throw new IllegalArgumentException("nemesis " + nemesis.name() + " given twice in \"" + text + "\"");
            }
            options.put(nemesis.name(), value);
        }
        return new NemesisOptions(options);
    }

    /** An item of {@code --nemesis} as it is written: {@code loss}, {@code loss=0.2}, {@code loss@n1-n2}. */
    static String item(String name, String value) {
        return value == null ? name : value.startsWith("@") ? name + value : name + "=" + value;
    }

    /**
     * The nemesis an item of {@code --nemesis} names: what comes before its {@code =} or its
     * {@code @} ({@code loss} in {@code loss=0.2}, {@code loss@n1-n2} and {@code loss=0.2@n1-n2}).
     */
    public static String name(String item) {
        int end = item.length();
        for (char c : new char[] {'=', '@'}) {
            int at = item.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return item.substring(0, end).strip();
    }

    /**
     * The same faults on another network.
     *
     * @throws IllegalArgumentException when a fault is one the network cannot have
     */
    public NemesisOptions withNetwork(NetworkSemantics other) {
        return new NemesisOptions(options, other, fixed);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    /** The value given for {@code name}, empty when absent or bare. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(options.get(name));
    }

    /** No faults at all. */
    public boolean isEmpty() {
        return options.isEmpty() && (fixed == null || fixed.isEmpty());
    }

    /** The names in the order given. */
    public List<String> names() {
        return new ArrayList<>(options.keySet());
    }

    /** The nodes, among {@code nodes}, that some run may crash, in the group's order. */
    public Set<String> mayCrash(List<String> nodes) {
        Set<String> crashed = new TreeSet<>(Nodes.ORDER);
        if (fixed != null) {
            crashed.addAll(fixed.crashedNodes());
        }
        options.forEach((name, value) -> crashed.addAll(Nemeses.named(name).mayCrash(value, nodes)));
        return crashed;
    }

    /** Whether a link may deliver packets out of the order they were sent. */
    public boolean linksMayReorder() {
        return !network.ordered();
    }

    /** Whether a link may lose a packet: to loss, or to a partition. */
    public boolean linksMayLose() {
        if (fixed != null && fixed.losesPackets()) {
            return true;
        }
        return options.entrySet().stream().anyMatch(o -> Nemeses.named(o.getKey()).losesPackets(o.getValue()));
    }

    /** How many processes the runs crash, at most: named victims, K random ones, or a fixed schedule's. */
    public int crashes() {
        int crashes = fixed != null ? fixed.crashedNodes().size() : 0;
        for (var option : options.entrySet()) {
            crashes += Nemeses.named(option.getKey()).crashes(option.getValue());
        }
        return crashes;
    }

    /**
     * The fewest nodes a group needs for these faults: what each nemesis needs ({@link
     * Nemesis#leastNodes}), and a correct majority beside the nodes crashed at random (2K + 1 for
     * K of them). A fixed schedule's nodes are checked against the group when a run is made.
     */
    public int leastNodes() {
        int least = 1;
        int random = 0;
        for (var option : options.entrySet()) {
            Nemesis nemesis = Nemeses.named(option.getKey());
            least = Math.max(least, nemesis.leastNodes(option.getValue()));
            random += nemesis.randomCrashes(option.getValue());
        }
        return Math.max(least, 2 * random + 1);
    }

    /** Whether the runs are in the crash-recovery model: crashed nodes may restart. */
    public boolean crashRecovery() {
        return fixed != null ? fixed.crashRecovery() : has("restart");
    }

    /** Back to the command-line form, {@code partition,loss=0.2}; {@code schedule} for a fixed one. */
    @Override
    public String toString() {
        if (fixed != null) {
            return "schedule";
        }
        if (options.isEmpty()) {
            return "none";
        }
        List<String> items = new ArrayList<>();
        options.forEach((name, value) -> items.add(item(name, value)));
        return String.join(",", items);
    }
}
