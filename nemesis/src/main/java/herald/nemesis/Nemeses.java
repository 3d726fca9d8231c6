package herald.nemesis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every nemesis the command line knows, by name, in the order {@code herald list} shows them. */
public final class Nemeses {

    private static final Map<String, Nemesis> ALL = new LinkedHashMap<>();

    static {
        add(new PartitionNemesis());
        add(new LossNemesis());
        add(new CrashNemesis());
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
     * The schedule of one run: each nemesis of {@code options} generates its faults from its own
     * random stream, derived from {@code seed} and its name.
     */
    public static Schedule generate(NemesisOptions options, List<String> nodes, long window, long meanInterval,
            long seed) {
        List<ScheduledFault> faults = new ArrayList<>();
        for (String name : options.names()) {
            Nemesis nemesis = named(name);
            var random = new java.util.SplittableRandom(seed * 0x9E3779B97F4A7C15L + name.hashCode());
            faults.addAll(nemesis.generate(options.value(name).orElse(null),
                    new Generation(List.copyOf(nodes), window, meanInterval, random)));
        }
        return new Schedule(faults);
    }

    /** {@code nodes} in a random order, as a new list. */
    static List<String> shuffled(List<String> nodes, java.util.SplittableRandom random) {
        List<String> order = new ArrayList<>(nodes);
        for (int k = order.size() - 1; k > 0; k--) {
            Collections.swap(order, k, random.nextInt(k + 1));
        }
        return order;
    }
}
