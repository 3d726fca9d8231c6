package herald.nemesis;

import java.util.ArrayList;
import java.util.List;

/** Crashes k nodes (crash-stop), each at a random time in the window. Never a majority. */
final class CrashNemesis implements Nemesis {

    @Override
    public String name() {
        return "crash";
    }

    @Override
    public String description() {
        return "crashes K nodes for good (crash-stop), each at a random time; never a majority";
    }

    @Override
    public String parameter() {
        return "=K nodes to crash, default 1";
    }

    @Override
    public void validate(String value) {
        count(value);
    }

    private static int count(String value) {
        if (value == null) {
            return 1;
        }
        try {
            int k = Integer.parseInt(value);
            if (k >= 0) {
                return k;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the value
        }
        throw new IllegalArgumentException("crash takes a number of nodes, got \"" + value + "\"");
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        int k = count(value);
        int n = g.nodes().size();
        if (k > (n - 1) / 2) {
            throw new IllegalArgumentException("crash=" + k + " would crash a majority of " + n
                    + " nodes; at most " + (n - 1) / 2 + " can crash");
        }
        List<String> victims = Nemeses.shuffled(g.nodes(), g.random()).subList(0, k);
        List<ScheduledFault> faults = new ArrayList<>();
        for (String victim : PartitionNemesis.sorted(victims)) {
            long at = g.anytime();
            faults.add(new ScheduledFault(at, at, new Crash(List.of(victim))));
        }
        return faults;
    }
}
