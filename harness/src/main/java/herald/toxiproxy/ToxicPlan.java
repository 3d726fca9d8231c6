package herald.toxiproxy;

import herald.nemesis.Crash;
import herald.nemesis.Delay;
import herald.nemesis.Fault;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.nemesis.Pause;
import herald.nemesis.Reorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The schedule's network faults as Toxiproxy toxics, on the proxy of each directed link they touch
 * (every toxic on the upstream stream: from the sender, who dials, to the receiver).
 *
 * <ul>
 *   <li>A partition is a silent black hole: a {@code timeout} toxic with timeout 0 keeps the
 *       connection open and drops everything, as a cut cable does, with no reset to warn anyone.
 *   <li>Loss with probability p: TCP cannot lose one packet and go on, so the nearest thing is a
 *       black hole that takes a fraction p of the link's connections ({@code timeout} with toxicity p).
 *   <li>A delay spike is {@code latency} with jitter (the mean extra, plus or minus half of it);
 *       reordering is latency with jitter too (TCP keeps a connection's order, so it only delays).
 *   <li>A bandwidth limit for the whole run, if one is asked for, is a {@code bandwidth} toxic on
 *       every link.
 * </ul>
 *
 * TCP never duplicates a packet, so a schedule with {@code duplicate} is refused.
 */
public final class ToxicPlan {

    /**
     * One toxic: its name (unique on its proxy), type, toxicity, and attributes (times in ms, rates in KB/s).
     */
    public record Toxic(String name, String type, double toxicity, Map<String, Long> attributes) {
        public Toxic {
            attributes = Map.copyOf(attributes);
        }
    }

    private ToxicPlan() {
    }

    /** Why Toxiproxy cannot apply {@code fault}, or empty when it can. */
    public static Optional<String> refusal(Fault fault) {
        if (fault instanceof Partition || fault instanceof Loss || fault instanceof Delay || fault instanceof Reorder
                || fault instanceof Crash || fault instanceof Pause) {
            return Optional.empty();
        }
        return Optional.of("Toxiproxy carries TCP, which never " + (fault.name().equals("duplicate")
                ? "duplicates a packet" : "does what " + fault.name() + " asks") + "; use --fault-layer herald");
    }

    /**
     * The toxics each proxy should have while the faults {@code active} last, by proxy name; a proxy
     * with none is left out.
     *
     * @param bandwidth a limit in KB/s on every link for the whole run, or 0 for none
     */
    public static Map<String, List<Toxic>> plan(List<Fault> active, List<String> names, ProxyLayout layout,
            long bandwidth) {
        Map<String, List<Toxic>> plan = new TreeMap<>();
        for (ProxyLayout.Link proxy : layout.proxies()) {
            String from = names.get(proxy.from());
            String to = names.get(proxy.to());
            List<Toxic> toxics = new ArrayList<>();
            if (bandwidth > 0) {
                toxics.add(new Toxic("bandwidth", "bandwidth", 1, Map.of("rate", bandwidth)));
            }
            for (int k = 0; k < active.size(); k++) {
                toxic(active.get(k), k, from, to).ifPresent(toxics::add);
            }
            if (!toxics.isEmpty()) {
                plan.put(proxy.name(), toxics);
            }
        }
        return plan;
    }

    private static Optional<Toxic> toxic(Fault fault, int k, String from, String to) {
        String name = fault.name() + "-" + k;
        if (fault instanceof Partition partition && partition.grudge().cuts(from, to)) {
            return Optional.of(new Toxic(name, "timeout", 1, Map.of("timeout", 0L)));
        }
        if (fault instanceof Loss loss && touches(loss.links(), from, to)) {
            return Optional.of(new Toxic(name, "timeout", loss.p(), Map.of("timeout", 0L)));
        }
        if (fault instanceof Delay delay && delay.slows(from, to)) {
            long ms = Math.max(1, delay.extra() / 1000);
            return Optional.of(new Toxic(name, "latency", 1, Map.of("latency", ms, "jitter", ms / 2)));
        }
        if (fault instanceof Reorder reorder && touches(reorder.links(), from, to)) {
            long half = Math.max(1, reorder.spread() / 2000);
            return Optional.of(new Toxic(name, "latency", 1, Map.of("latency", half, "jitter", half)));
        }
        return Optional.empty();
    }

    private static boolean touches(List<Link> links, String from, String to) {
        return links.isEmpty() || links.contains(new Link(from, to));
    }

    /** The same plan with each proxy's toxics by name, for comparing what is with what should be. */
    static Map<String, Toxic> byName(List<Toxic> toxics) {
        Map<String, Toxic> named = new LinkedHashMap<>();
        toxics.forEach(t -> named.put(t.name(), t));
        return named;
    }
}
