package herald.gallery;

import java.util.List;

/**
 * The gallery's catalogue, every search setting in one place: per property, the protocol that
 * breaks it, the spec, the faults and the search (first seed, tries, shrinking). Each was chosen
 * for the smallest picture a teacher can talk about in a minute: two or three nodes, one or two
 * broadcasts, a fault or two, or none where the bug needs none. Changing a line here changes
 * the entry {@code herald gallery} writes; its story ({@code resources/herald/gallery/<property>.md})
 * cites the events of that entry's history, so it is rewritten with it.
 */
public final class Exhibits {

    private static final List<Exhibit> ALL = List.of(
            // A reference protocol out of its depth: best-effort broadcast sends once, so one lost packet is enough.
            new Exhibit("validity", "best-effort", "best-effort", "loss=0.3", 2, 2, 1, 20, 3000),
            // The network duplicates a packet; the receiver delivers both copies.
            new Exhibit("no-duplication", "best-effort-no-dedup", "best-effort", "dup=0.3", 2, 2, 1, 20, 3000),
            // No fault at all: a relay's stub overtakes the original on a healthy network.
            new Exhibit("no-creation", "eager-rb-placeholder", "reliable", "none", 2, 1, 1, 50, 3000),
            new Exhibit("agreement", "eager-rb-no-relay", "reliable", null, 3, 3, 1, 100, 3000),
            new Exhibit("uniform-agreement", "majority-urb-half", "uniform-reliable", "partition=isolate,crash=1", 3, 1,
                    1, 300, 3000),
            // No fault at all: two packets of one link overtake each other.
            new Exhibit("fifo-order", "fifo-no-holdback", "fifo", "none", 2, 10, 1, 100, 3000),
            new Exhibit("causal-order", "causal-vc-one-ahead", "causal", "partition=isolate", 3, 2, 100, 100, 3000),
            // No fault at all: two broadcasts at the same instant carry the same timestamp.
            new Exhibit("total-order", "lamport-to-no-tiebreak", "fifo-total", "none", 2, 10, 1, 100, 3000),
            // No fault at all; a ring needs four nodes before one of them is two hops from the origin.
            new Exhibit("convergence", "gossip-pull-forgetful", "gossip", "none", 4, 1, 1, 20, 3000));

    private Exhibits() {
    }

    /** Every entry, in the order the index lists them: the broadcast properties, then the orders, then gossip. */
    public static List<Exhibit> all() {
        return ALL;
    }

    /** The entry for {@code property}. */
    public static Exhibit named(String property) {
        return ALL.stream().filter(e -> e.property().equals(property)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the gallery has no entry " + property + " (it has "
                        + String.join(", ", ALL.stream().map(Exhibit::property).toList()) + ")"));
    }
}
