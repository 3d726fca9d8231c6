package herald.nemesis;

import herald.history.Header;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Every nemesis the command line knows, by name, in the order {@code herald list} shows them. */
public final class Nemeses {

    private static final Map<String, Nemesis> ALL = new LinkedHashMap<>();

    static {
        add(new PartitionNemesis());
        add(PacketNemesis.loss());
        add(CrashNemesis.crash());
        add(PacketNemesis.duplicate());
        add(PacketNemesis.reorder());
        add(new DelayNemesis());
        add(CrashNemesis.restart());
        add(new PauseNemesis());
    }

    private Nemeses() {
    }

    private static void add(Nemesis nemesis) {
        ALL.put(nemesis.name(), nemesis);
    }

    public static Nemesis named(String name) {
        Nemesis nemesis = ALL.get(name);
        if (nemesis == null) {
            throw new IllegalArgumentException("unknown nemesis \"" + name + "\" (known: "
                    + String.join(", ", ALL.keySet()) + ")");
        }
        return nemesis;
    }

    public static List<Nemesis> all() {
        return List.copyOf(ALL.values());
    }

    /**
     * The schedule of one run. A fixed schedule (from a file) is the same for every seed;
     * otherwise each nemesis of {@code options} generates its faults from its own random stream,
     * derived from {@code seed} and its name, so adding one nemesis leaves the others' faults
     * as they were.
     *
     * @throws IllegalArgumentException when the nemeses would crash a majority at random, or a
     *     fault names a node outside {@code nodes}
     */
    public static Schedule generate(NemesisOptions options, List<String> nodes, long window, long meanInterval,
            long seed) {
        if (options.fixed() != null) {
            options.fixed().checkNodes(nodes);
            return options.fixed();
        }
        int randomCrashes = 0;
        for (String name : options.names()) {
            randomCrashes += named(name).randomCrashes(options.value(name).orElse(null));
        }
        int minority = (nodes.size() - 1) / 2;
        if (randomCrashes > nodes.size()) {
            throw new IllegalArgumentException("--nemesis " + options + " asks to crash " + randomCrashes
                    + " nodes, but the group has " + nodes.size());
        }
        if (randomCrashes > minority) {
            throw new IllegalArgumentException("--nemesis " + options + " may crash " + randomCrashes + " of "
                    + nodes.size() + " nodes at once, which leaves no correct majority; at most " + minority
                    + " can crash at random, unless named (crash=n1+n2+…)");
        }
        List<ScheduledFault> faults = new ArrayList<>();
        for (String name : options.names()) {
            Nemesis nemesis = named(name);
            SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + name.hashCode());
            String value = options.value(name).orElse(null);
            List<ScheduledFault> generated = nemesis.generate(value,
                    new Generation(List.copyOf(nodes), window, meanInterval, random));
            for (ScheduledFault f : generated) {
                for (String node : f.fault().mentions()) {
                    if (!nodes.contains(node)) {
                        throw new IllegalArgumentException("--nemesis " + NemesisOptions.item(name, value)
                                + " names " + node + ", which is not in the group " + String.join(", ", nodes));
                    }
                }
            }
            faults.addAll(generated);
        }
        String model = options.crashRecovery() ? Header.CRASH_RECOVERY : Header.CRASH_STOP;
        Schedule schedule = new Schedule(null, options.network(), model, faults);
        schedule.checkNodes(nodes);
        return schedule;
    }
}
