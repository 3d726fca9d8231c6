package herald.grade;

import herald.nemesis.Nemeses;
import herald.nemesis.NemesisOptions;
import herald.nemesis.Schedule;
import herald.scenario.Aim;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.Workload;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One scenario of a battery: a kind (its nemesis) and a seed. With the battery's settings and the
 * group's names it makes the {@link Scenario} that is run: the same one every time.
 *
 * @param kind the kind's name, e.g. {@code partition-ring}
 * @param nemesis the faults, as {@code --nemesis} writes them
 * @param seed the seed of the faults, the workload and the network
 * @param cutOff whether its crashes hit a sender cut off from the others just after its broadcast
 */
public record BatteryScenario(String kind, String nemesis, long seed, boolean cutOff) {

    public BatteryScenario(String kind, String nemesis, long seed) {
        this(kind, nemesis, seed, false);
    }

    /** Its name in scorecards and on the command line: {@code loss/2}. */
    public String id() {
        return kind + "/" + seed;
    }

    /** A name for files: {@code loss-seed2}. */
    public String file() {
        return kind + "-seed" + seed;
    }

    /**
     * How many of a group of {@code nodes} its runs crash: as many as its nemesis crashes, or,
     * aimed at a cut-off sender, the sender and the minority cut off with it.
     */
    public int crashes(int nodes) {
        int crashes = NemesisOptions.parse(nemesis).crashes();
        return cutOff && crashes > 0 ? Aim.cutOff(nodes) : crashes;
    }

    /**
     * The scenario this stands for, on the group {@code names}, for {@code protocol}.
     *
     * @throws IllegalStateException when Herald cannot make it on this group: a group too small is
     *     refused before grading ({@link Battery#checkGroup}), so this is Herald's own failure, never
     *     the graded implementation's
     */
    public Scenario scenario(String protocol, List<String> names, BatterySettings settings) {
        try {
            return make(protocol, names, settings);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Herald cannot make scenario " + id() + " (" + nemesis + ") on "
                    + names.size() + " nodes: " + e.getMessage(), e);
        }
    }

    private Scenario make(String protocol, List<String> names, BatterySettings settings) {
        Schedule schedule = Nemeses.generate(NemesisOptions.parse(nemesis), names, settings.timing().window(),
                BatterySettings.MEAN_FAULT_INTERVAL, seed);
        List<PlannedBroadcast> planned = Workload.generate(names, settings.broadcasts(), settings.timing().window(),
                schedule, seed);
        Scenario scenario = new Scenario(protocol, names, planned, schedule, seed, settings.timing(),
                settings.network());
        return cutOff ? Aim.cutOffSenders(scenario, new SplittableRandom(seed)) : scenario;
    }
}
