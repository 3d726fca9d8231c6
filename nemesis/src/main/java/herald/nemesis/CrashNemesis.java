package herald.nemesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Crashes. {@code crash} crashes K nodes for good (crash-stop), each at a random time in the
 * window; {@code restart} crashes K nodes at a time for a while and restarts them from their
 * stable storage, again and again (crash-recovery). Picked at random, the crashed nodes are never
 * a majority; naming them ({@code crash=n1+n2+n3}) crashes exactly those, majority or not.
 */
final class CrashNemesis extends NodesNemesis {

    private final boolean recover;

    private CrashNemesis(boolean recover) {
        this.recover = recover;
    }

    static CrashNemesis crash() {
        return new CrashNemesis(false);
    }

    static CrashNemesis restart() {
        return new CrashNemesis(true);
    }

    @Override
    public String name() {
        return recover ? "restart" : "crash";
    }

    @Override
    public String fault() {
        return "crash";
    }

    @Override
    public String description() {
        return recover
                ? "crashes K nodes for a while, restarts them from stable storage (crash-recovery), and again;"
                        + " never a majority unless named"
                : "crashes K nodes for good (crash-stop), each at a random time; never a majority unless named";
    }

    @Override
    public int crashes(String value) {
        List<String> named = named(value);
        return named.isEmpty() ? count(value) : named.size();
    }

    @Override
    public int randomCrashes(String value) {
        return count(value);
    }

    @Override
    public Set<String> mayCrash(String value, List<String> nodes) {
        List<String> named = named(value);
        if (!named.isEmpty()) {
            return Set.copyOf(named);
        }
        return count(value) > 0 ? Set.copyOf(nodes) : Set.of();
    }

    @Override
    public List<ScheduledFault> generate(String value, Generation g) {
        List<String> named = named(value);
        int k = named.isEmpty() ? count(value) : named.size();
        if (named.isEmpty() && k > g.minority()) {
            throw new IllegalArgumentException(name() + "=" + k + " would crash a majority of " + g.nodes().size()
                    + " nodes; at most " + g.minority() + " can crash, unless named (" + name() + "=n1+n2+…)");
        }
        if (k == 0) {
            return List.of();
        }
        if (recover) {
            return g.recurring(() -> new Crash(named.isEmpty() ? g.pick(k) : named, true));
        }
        List<ScheduledFault> faults = new ArrayList<>();
        for (String victim : named.isEmpty() ? g.pick(k) : named) {
            long at = g.anytime();
            faults.add(new ScheduledFault(at, at, new Crash(List.of(victim))));
        }
        return faults;
    }
}
