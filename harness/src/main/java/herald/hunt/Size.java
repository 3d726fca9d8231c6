package herald.hunt;

import herald.history.Event;
import herald.history.History;
import herald.report.Words;
import herald.scenario.Scenario;

/**
 * How big a counterexample is, as a reader sees it: nodes, broadcasts, faults, and the
 * broadcast, deliver and crash events of its history (what a space-time diagram draws), and how
 * long the run lasts.
 */
public record Size(int nodes, int broadcasts, int faults, int events, long micros) {

    public static Size of(Scenario scenario, History history) {
        int events = 0;
        for (Event e : history.events()) {
            if (e instanceof Event.Broadcast || e instanceof Event.Deliver || e instanceof Event.Crash) {
                events++;
            }
        }
        return new Size(scenario.nodes().size(), scenario.broadcasts().size(), scenario.schedule().size(), events,
                scenario.endsAt());
    }

    /** "3 nodes, 2 broadcasts, 1 fault, 9 events, 1.3 s". */
    @Override
    public String toString() {
        return Words.count(nodes, "node") + ", " + Words.count(broadcasts, "broadcast") + ", "
                + Words.count(faults, "fault") + ", " + Words.count(events, "event") + ", " + String.format("%.1f s", micros / 1e6);
    }

}
