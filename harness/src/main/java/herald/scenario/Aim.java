package herald.scenario;

import herald.nemesis.Crash;
import herald.nemesis.Partition;
import herald.nemesis.ScheduledFault;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Faults aimed at the workload rather than dropped at random times: a crash just after one of its
 * victim's broadcasts, while the message is on its way, which is when relaying and uniform
 * agreement matter. A random crash time rarely lands there.
 */
public final class Aim {

    private Aim() {
    }

    /** Each crash-stop crash moved to just after (within 2 ms) one of its victim's broadcasts, when it has one. */
    public static Scenario crashesAfterBroadcasts(Scenario scenario, SplittableRandom random) {
        List<ScheduledFault> faults = new ArrayList<>();
        for (ScheduledFault f : scenario.schedule().faults()) {
            List<PlannedBroadcast> own = own(scenario, f);
            if (own.isEmpty()) {
                faults.add(f);
            } else {
                long at = own.get(random.nextInt(own.size())).at() + random.nextLong(2_001);
                faults.add(new ScheduledFault(at, at, f.fault()));
            }
        }
        return with(scenario, scenario.broadcasts(), faults);
    }

    /**
     * The textbook's case for uniform agreement: a sender and a few others (as many as a minority
     * allows, counting the sender) cut off from the rest just as the sender broadcasts, and all of
     * them crashed a moment later, so the message may reach nobody who survives. It takes the
     * first crash-stop crash of the schedule as its sender (a sender without broadcasts is given
     * the planned broadcast nearest its crash) and replaces every crash-stop crash; a schedule
     * without one is left as it is.
     */
    public static Scenario cutOffSenders(Scenario scenario, SplittableRandom random) {
        List<ScheduledFault> crashes = scenario.schedule().faults().stream()
                .filter(f -> f.fault() instanceof Crash crash && !crash.recover()).toList();
        if (crashes.isEmpty() || scenario.broadcasts().isEmpty()) {
            return scenario;
        }
        ScheduledFault first = crashes.get(0);
        String sender = ((Crash) first.fault()).nodes().get(0);
        List<PlannedBroadcast> broadcasts = new ArrayList<>(scenario.broadcasts());
        List<PlannedBroadcast> own = broadcasts.stream().filter(b -> b.node().equals(sender)).toList();
        PlannedBroadcast chosen;
        if (own.isEmpty()) {
            PlannedBroadcast nearest = broadcasts.get(0);
            for (PlannedBroadcast b : broadcasts) {
                if (Math.abs(b.at() - first.start()) < Math.abs(nearest.at() - first.start())) {
                    nearest = b;
                }
            }
            chosen = new PlannedBroadcast(nearest.at(), sender, nearest.data());
            broadcasts.set(broadcasts.indexOf(nearest), chosen);
        } else {
            chosen = own.get(random.nextInt(own.size()));
        }
        List<String> others = new ArrayList<>(scenario.nodes());
        others.remove(sender);
        List<String> cutOff = new ArrayList<>(List.of(sender));
        while (cutOff.size() < cutOff(scenario.nodes().size())) {
            cutOff.add(others.remove(random.nextInt(others.size())));
        }
        List<String> victims = scenario.nodes().stream().filter(cutOff::contains).toList();
        long crashAt = chosen.at() + 1_000 + random.nextLong(1_001);
        List<ScheduledFault> faults = new ArrayList<>(scenario.schedule().faults());
        faults.removeAll(crashes);
        faults.add(new ScheduledFault(chosen.at(), crashAt + 50_000,
                Partition.ofGroups("isolate", List.of(victims, others))));
        for (String victim : victims) {
            faults.add(new ScheduledFault(crashAt, crashAt, new Crash(List.of(victim))));
        }
        return with(scenario, broadcasts, faults);
    }

    /**
     * How many of a group of {@code nodes} {@link #cutOffSenders} cuts off and crashes: the sender,
     * and others with it up to a minority.
     */
    public static int cutOff(int nodes) {
        return Math.max(1, (nodes - 1) / 2);
    }

    private static List<PlannedBroadcast> own(Scenario scenario, ScheduledFault f) {
        if (f.fault() instanceof Crash crash && !crash.recover()) {
            return scenario.broadcasts().stream().filter(b -> crash.nodes().contains(b.node())).toList();
        }
        return List.of();
    }

    private static Scenario with(Scenario s, List<PlannedBroadcast> broadcasts, List<ScheduledFault> faults) {
        return new Scenario(s.protocol(), s.nodes(), broadcasts, s.schedule().withFaults(faults), s.seed(), s.timing(),
                s.network());
    }
}
