package herald.sim;

import herald.check.Specs;
import herald.history.Event;
import herald.history.History;
import herald.nemesis.Fault;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import herald.node.Node;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.NetworkModel;
import herald.scenario.PlannedBroadcast;
import herald.scenario.Scenario;
import herald.scenario.Timing;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Builds small scenarios by hand, runs them with every packet traced, and reads what the trace says. */
final class Runs {

    /** Every packet takes exactly 1 ms: nothing overtakes unless a fault makes it. */
    static final NetworkModel STEADY = new NetworkModel(1_000, 0, 1_000);

    private Runs() {
    }

    static List<String> nodes(int n) {
        return Scenario.nodeNames(n);
    }

    /** {@code count} broadcasts, evenly spread over [from, to), from the given nodes in turn. */
    static List<PlannedBroadcast> broadcasts(int count, long from, long to, String... senders) {
        return IntStream.range(0, count).mapToObj(k -> new PlannedBroadcast(from + (to - from) * k / count,
                senders[k % senders.length], "v" + (k + 1))).toList();
    }

    static Scenario scenario(String protocol, int n, List<PlannedBroadcast> broadcasts, Schedule schedule,
            NetworkModel network) {
        return new Scenario(protocol, nodes(n), broadcasts, schedule, 17, Timing.DEFAULT, network);
    }

    static Schedule schedule(ScheduledFault... faults) {
        return new Schedule(List.of(faults));
    }

    static ScheduledFault during(long start, long stop, Fault fault) {
        return new ScheduledFault(start, stop, fault);
    }

    static Run run(Scenario scenario) {
        return run(scenario, Protocols.named(scenario.protocol()), null);
    }

    static Run run(Scenario scenario, Supplier<? extends Node> nodes) {
        Protocol test = Protocol.reference(scenario.protocol(), "best-effort", "a node written for a test", Set.of(),
                nodes);
        return run(scenario, test, null);
    }

    static Run run(Scenario scenario, Protocol protocol, Path file) {
        var spec = Specs.named(protocol.spec());
        return Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, "test"), file, true);
    }

    static <E extends Event> List<E> events(History h, Class<E> type) {
        return h.events().stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The received packets' ids on each link {@code from>to}, in the order they arrived. */
    static Map<String, List<Long>> arrivalsByLink(History h) {
        Map<String, List<Long>> links = new TreeMap<>();
        for (Event.Recv r : events(h, Event.Recv.class)) {
            links.computeIfAbsent(r.from() + ">" + r.node(), k -> new ArrayList<>()).add(r.packet());
        }
        return links;
    }

    /**
     * How many packets arrived after a packet sent later on the same link had arrived (packet ids
     * grow in send order); a duplicate arriving right behind its original overtakes nothing.
     */
    static int overtaken(History h) {
        int overtaken = 0;
        for (List<Long> arrivals : arrivalsByLink(h).values()) {
            long latest = -1;
            for (long id : arrivals) {
                if (id < latest) {
                    overtaken++;
                }
                latest = Math.max(latest, id);
            }
        }
        return overtaken;
    }

    /** The packets received while the first fault named {@code name} lasted (between its start and stop events). */
    static List<Event.Recv> receivedDuring(History h, String name) {
        int start = faultEvent(h, name, true);
        int stop = faultEvent(h, name, false);
        return events(h, Event.Recv.class).stream().filter(r -> r.i() > start && r.i() < stop).toList();
    }

    /** The index of the fault event that starts ({@code start}) or stops a fault named {@code name}. */
    static int faultEvent(History h, String name, boolean start) {
        return events(h, Event.Fault.class).stream().filter(f -> f.fault().equals(name) && f.isStart() == start)
                .mapToInt(Event::i).findFirst().orElseThrow();
    }
}
