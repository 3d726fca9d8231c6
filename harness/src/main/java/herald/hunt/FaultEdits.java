package herald.hunt;

import herald.nemesis.Crash;
import herald.nemesis.Delay;
import herald.nemesis.Duplicate;
import herald.nemesis.Fault;
import herald.nemesis.Grudge;
import herald.nemesis.Link;
import herald.nemesis.Loss;
import herald.nemesis.Partition;
import herald.nemesis.Pause;
import herald.nemesis.Reorder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * What a shrinker does to one fault: take a node out of it, rename its nodes, or make it simpler
 * (a partition with fewer groups, a loss on fewer links, a crash of fewer nodes), and how complex
 * it is, so that "simpler" is a number that goes down.
 */
final class FaultEdits {

    private FaultEdits() {
    }

    /** The fault without {@code node}; empty when nothing of it is left (a partition of one group, a loss on no link). */
    static Optional<Fault> without(Fault fault, String node) {
        if (fault instanceof Partition p) {
            if (!p.groups().isEmpty()) {
                List<List<String>> groups = new ArrayList<>();
                for (List<String> group : p.groups()) {
                    List<String> rest = minus(group, node);
                    if (!rest.isEmpty()) {
                        groups.add(rest);
                    }
                }
                return groups.size() < 2 ? Optional.empty()
                        : Optional.of(Partition.ofGroups(p.mentions().contains(node) ? "groups" : p.shape(), groups));
            }
            Grudge grudge = grudge(p.grudge(), (receiver, senders) -> receiver.equals(node) ? List.of()
                    : senders.stream().filter(s -> !s.equals(node)).toList());
            return grudge.isEmpty() ? Optional.empty() : Optional.of(Partition.ofGrudge(p.shape(), grudge));
        }
        if (fault instanceof Delay d) {
            List<String> nodes = minus(d.nodes(), node);
            List<Link> links = linksWithout(d.links(), node);
            return nodes.isEmpty() && links.isEmpty() ? Optional.empty()
                    : Optional.of(new Delay(d.extra(), nodes, links));
        }
        if (fault instanceof Crash c) {
            List<String> nodes = minus(c.nodes(), node);
            return nodes.isEmpty() ? Optional.empty() : Optional.of(new Crash(nodes, c.recover()));
        }
        if (fault instanceof Pause p) {
            List<String> nodes = minus(p.nodes(), node);
            return nodes.isEmpty() ? Optional.empty() : Optional.of(new Pause(nodes));
        }
        List<Link> links = links(fault);
        if (links.isEmpty()) {
            return Optional.of(fault);
        }
        List<Link> rest = linksWithout(links, node);
        return rest.isEmpty() ? Optional.empty() : Optional.of(onLinks(fault, rest));
    }

    /** The fault with every node renamed by {@code names}. */
    static Fault renamed(Fault fault, Map<String, String> names) {
        UnaryOperator<String> name = n -> names.getOrDefault(n, n);
        if (fault instanceof Partition p) {
            if (!p.groups().isEmpty()) {
                return Partition.ofGroups(p.shape(), p.groups().stream().map(g -> g.stream().map(name).toList()).toList());
            }
            SortedMap<String, SortedSet<String>> drops = new TreeMap<>();
            p.grudge().drops().forEach((receiver, senders) -> drops.put(name.apply(receiver),
                    new TreeSet<>(senders.stream().map(name).toList())));
            return Partition.ofGrudge(p.shape(), new Grudge(drops));
        }
        if (fault instanceof Delay d) {
            return new Delay(d.extra(), d.nodes().stream().map(name).toList(), renamed(d.links(), name));
        }
        if (fault instanceof Crash c) {
            return new Crash(c.nodes().stream().map(name).toList(), c.recover());
        }
        if (fault instanceof Pause p) {
            return new Pause(p.nodes().stream().map(name).toList());
        }
        return onLinks(fault, renamed(links(fault), name));
    }

    /**
     * Simpler versions of the fault in a group of {@code nodes}: a partition with two of its groups
     * merged or one node's grudge forgiven; a loss (duplication, reordering) on every link
     * narrowed to the links out of one node or into one node, or on fewer of its links, or certain
     * to strike instead of by chance; a delay, crash or pause of fewer nodes or links.
     */
    static List<Fault> simpler(Fault fault, List<String> nodes) {
        List<Fault> simpler = new ArrayList<>();
        if (fault instanceof Partition p) {
            List<List<String>> groups = p.groups();
            for (int a = 0; a < groups.size() && groups.size() > 2; a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    List<List<String>> merged = new ArrayList<>(groups);
                    List<String> both = new ArrayList<>(groups.get(a));
                    both.addAll(groups.get(b));
                    merged.set(a, both);
                    merged.remove(b);
                    simpler.add(Partition.ofGroups("groups", merged));
                }
            }
            for (String receiver : groups.isEmpty() ? p.grudge().drops().keySet() : List.<String>of()) {
                Grudge rest = grudge(p.grudge(), (r, senders) -> r.equals(receiver) ? List.of() : List.copyOf(senders));
                if (!rest.isEmpty()) {
                    simpler.add(Partition.ofGrudge("grudge", rest));
                }
            }
        } else if (fault instanceof Delay d) {
            if (d.nodes().size() + d.links().size() > 1) {
                for (String node : d.nodes()) {
                    simpler.add(new Delay(d.extra(), minus(d.nodes(), node), d.links()));
                }
                for (Link link : d.links()) {
                    simpler.add(new Delay(d.extra(), d.nodes(), minus(d.links(), link)));
                }
            }
        } else if (fault instanceof Crash || fault instanceof Pause) {
            List<String> victims = fault instanceof Crash c ? c.nodes() : ((Pause) fault).nodes();
            for (String node : victims.size() > 1 ? victims : List.<String>of()) {
                without(fault, node).ifPresent(simpler::add);
            }
        } else {
            List<Link> links = links(fault);
            if (links.isEmpty()) {
                for (String node : nodes) {
                    simpler.add(onLinks(fault, minus(nodes, node).stream().map(n -> new Link(node, n)).toList()));
                    simpler.add(onLinks(fault, minus(nodes, node).stream().map(n -> new Link(n, node)).toList()));
                }
            }
            for (List<Link> fewer : Chunks.without(links)) {
                if (!fewer.isEmpty()) {
                    simpler.add(onLinks(fault, fewer));
                }
            }
            if (fault instanceof Loss l && l.p() < 1) {
                simpler.add(new Loss(1, l.links()));
            } else if (fault instanceof Duplicate d && d.p() < 1) {
                simpler.add(new Duplicate(1, d.links()));
            }
        }
        return simpler;
    }

    /**
     * Whether the fault is left to chance: a loss or duplication with a probability below 1. One
     * that always strikes is easier to read, and stays put while the shrinker renumbers packets.
     */
    static boolean uncertain(Fault fault) {
        return fault instanceof Loss l && l.p() < 1 || fault instanceof Duplicate d && d.p() < 1;
    }

    /**
     * How complex the fault is: the groups of a partition (or the pairs its grudge cuts), the links
     * a loss, duplication or reordering is on (all of them when none is named), the nodes and links
     * a delay slows, the nodes a crash or pause stops.
     */
    static long complexity(Fault fault, int groupSize) {
        if (fault instanceof Partition p) {
            return p.groups().isEmpty() ? p.grudge().drops().values().stream().mapToLong(SortedSet::size).sum()
                    : p.groups().size();
        }
        if (fault instanceof Delay d) {
            return 2L * (groupSize - 1) * d.nodes().size() + d.links().size();
        }
        if (fault instanceof Crash c) {
            return c.nodes().size();
        }
        if (fault instanceof Pause p) {
            return p.nodes().size();
        }
        List<Link> links = links(fault);
        return links.isEmpty() ? (long) groupSize * (groupSize - 1) : links.size();
    }

    private static List<Link> links(Fault fault) {
        if (fault instanceof Loss l) {
            return l.links();
        }
        if (fault instanceof Duplicate d) {
            return d.links();
        }
        if (fault instanceof Reorder r) {
            return r.links();
        }
        throw new IllegalArgumentException("a " + fault.name() + " is not on links");
    }

    private static Fault onLinks(Fault fault, List<Link> links) {
        if (fault instanceof Loss l) {
            return new Loss(l.p(), links);
        }
        if (fault instanceof Duplicate d) {
            return new Duplicate(d.p(), links);
        }
        if (fault instanceof Reorder r) {
            return new Reorder(r.spread(), links);
        }
        throw new IllegalArgumentException("a " + fault.name() + " is not on links");
    }

    private static <T> List<T> minus(List<T> list, T gone) {
        return list.stream().filter(x -> !x.equals(gone)).toList();
    }

    private static List<Link> linksWithout(List<Link> links, String node) {
        return links.stream().filter(l -> !l.from().equals(node) && !l.to().equals(node)).toList();
    }

    private static List<Link> renamed(List<Link> links, UnaryOperator<String> name) {
        return links.stream().map(l -> new Link(name.apply(l.from()), name.apply(l.to()))).toList();
    }

    /** A grudge with each receiver's senders replaced by what {@code keep} says. */
    private static Grudge grudge(Grudge grudge, BiFunction<String, SortedSet<String>, List<String>> keep) {
        SortedMap<String, SortedSet<String>> drops = new TreeMap<>();
        grudge.drops().forEach((receiver, senders) -> drops.put(receiver, new TreeSet<>(keep.apply(receiver, senders))));
        return new Grudge(drops);
    }
}
