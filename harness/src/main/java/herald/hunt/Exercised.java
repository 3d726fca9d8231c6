package herald.hunt;

import herald.history.History;
import herald.history.IntList;
import herald.nemesis.Fault;
import herald.nemesis.Partition;
import herald.nemesis.ScheduledFault;
import herald.report.Words;
import herald.run.Run;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a search exercised: how many of its runs had a partition while a broadcast was made, a
 * crash while a broadcast was under way, a duplicated packet reaching a node, a packet overtaken
 * on its link, a packet lost; and how many faults of each kind it injected. A search that found
 * nothing means something only if it went there.
 */
public final class Exercised {

    /** The situations counted, in the order they are printed, each with its sentence. */
    public enum Situation {
        PARTITION_DURING_BROADCAST("a partition while a broadcast was made"),
        CRASH_DURING_BROADCAST("a crash before every other process delivered the crashed one's message"),
        DUPLICATE_DELIVERED("a duplicated packet handed to a node"),
        REORDERED("a packet handed over after a later one of its link"),
        PACKET_LOST("a packet lost");

        private final String sentence;

        Situation(String sentence) {
            this.sentence = sentence;
        }

        public String sentence() {
            return sentence;
        }
    }

    private long runs;
    private long packets;
    private final Map<Situation, Long> situations = new LinkedHashMap<>();
    private final Map<String, Long> faults = new LinkedHashMap<>();

    public Exercised() {
        for (Situation s : Situation.values()) {
            situations.put(s, 0L);
        }
        for (String name : Fault.NAMES) {
            faults.put(name, 0L);
        }
    }

    /** Counts one run. */
    public void add(Run run) {
        runs++;
        packets += run.stats().packetsSent();
        Scenario scenario = run.scenario();
        for (ScheduledFault f : scenario.schedule().faults()) {
            faults.merge(f.fault().name(), 1L, Long::sum);
        }
        count(Situation.PARTITION_DURING_BROADCAST, partitionDuringBroadcast(scenario));
        count(Situation.CRASH_DURING_BROADCAST, crashDuringBroadcast(run.history()));
        count(Situation.DUPLICATE_DELIVERED, run.stats().duplicatesDelivered() > 0);
        count(Situation.REORDERED, run.stats().overtaken() > 0);
        count(Situation.PACKET_LOST, run.stats().packetsDropped() > 0);
    }

    private void count(Situation situation, boolean happened) {
        if (happened) {
            situations.merge(situation, 1L, Long::sum);
        }
    }

    private static boolean partitionDuringBroadcast(Scenario scenario) {
        for (ScheduledFault f : scenario.schedule().faults()) {
            if (f.fault() instanceof Partition) {
                for (PlannedBroadcast b : scenario.broadcasts()) {
                    if (f.start() <= b.at() && b.at() < f.stop()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether some process crashed after broadcasting a message that some other process had not delivered yet. */
    static boolean crashDuringBroadcast(History history) {
        int n = history.nodeCount();
        for (int m = 0; m < history.messageCount(); m++) {
            int b = history.broadcastOf(m);
            if (b < 0) {
                continue;
            }
            int origin = history.nodeAt(b);
            int crash = history.crashAfter(origin, b);
            if (crash < 0) {
                continue;
            }
            boolean[] reached = new boolean[n];
            int others = 0;
            IntList deliveries = history.deliveriesOf(m);
            for (int j = 0; j < deliveries.size() && deliveries.get(j) < crash; j++) {
                int node = history.nodeAt(deliveries.get(j));
                if (node != origin && !reached[node]) {
                    reached[node] = true;
                    others++;
                }
            }
            if (others < n - 1) {
                return true;
            }
        }
        return false;
    }

    public long runs() {
        return runs;
    }

    public long packets() {
        return packets;
    }

    /** How many runs had {@code situation}. */
    public long runsWith(Situation situation) {
        return situations.get(situation);
    }

    /** How many faults named {@code name} (partition, loss, crash, …) the runs injected. */
    public long faults(String name) {
        return faults.getOrDefault(name, 0L);
    }

    /** One line for a progress report: "faults seen: partition 2,103, loss 1,000, crash 617". */
    public String faultsSeen() {
        StringBuilder text = new StringBuilder("faults seen:");
        String separator = " ";
        for (Map.Entry<String, Long> f : faults.entrySet()) {
            if (f.getValue() > 0) {
                text.append(separator).append(String.format("%s %,d", f.getKey(), f.getValue()));
                separator = ", ";
            }
        }
        return separator.equals(" ") ? text.append(" none").toString() : text.toString();
    }

    /** The statistics for people, one situation a line, with how many runs and what share of them. */
    public String describe() {
        StringBuilder text = new StringBuilder(String.format("exercised: %s, %s; %s%n", Words.grouped(runs, "run"),
                Words.grouped(packets, "packet"), faultsSeen()));
        for (Situation s : Situation.values()) {
            long k = situations.get(s);
            text.append(String.format("  %,7d run%s (%3.0f%%) with %s%n", k, k == 1 ? " " : "s",
                    runs == 0 ? 0.0 : 100.0 * k / runs, s.sentence()));
        }
        return text.toString();
    }
}
