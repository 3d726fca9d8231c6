package herald.nemesis;

import java.util.ArrayList;
import java.util.List;

/**
 * What the network may do to packets, as one parameter (Stateright's network model): whether each
 * link keeps its packets in the order they were sent, whether packets may be lost, and whether
 * they may be duplicated. Faults act within these bounds: a schedule that asks for loss on a
 * lossless network, duplication on a non-duplicating one, or reordering on an ordered one is
 * refused.
 *
 * <p>The default, {@code unordered,lossy,duplicating}, is the fair-loss network of Cachin,
 * Guerraoui and Rodrigues: latencies vary, so later packets sometimes overtake earlier ones, and
 * faults may lose and duplicate. {@code fifo} (= {@code ordered}) keeps each link's order, for
 * protocols that assume FIFO links; the simulator then holds a packet back until every earlier
 * packet of its link has arrived. A lossless network has no loss and no partitions (a crashed
 * node still receives nothing).
 *
 * @param ordered each link delivers in send order (duplicates included)
 * @param lossy packets may be lost to loss and partitions
 * @param duplicating packets may be duplicated
 */
public record NetworkSemantics(boolean ordered, boolean lossy, boolean duplicating) {

    public static final NetworkSemantics DEFAULT = new NetworkSemantics(false, true, true);

    /** Ordered links, otherwise the default. */
    public static final NetworkSemantics FIFO = new NetworkSemantics(true, true, true);

    /**
     * Parses what a user gave as {@code --network}: as {@link #parse}, but an empty text is refused,
     * for the default is written {@code default}, or the option left out.
     */
    public static NetworkSemantics given(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("--network is empty: give what the network may do, e.g. fifo or "
                    + "unordered,lossless, or default");
        }
        return parse(text);
    }

    /**
     * Parses {@code unordered,lossy,duplicating} and the like: comma-separated words, each
     * changing one aspect of the default. Words: {@code ordered} (or {@code fifo}) /
     * {@code unordered}, {@code lossy} / {@code lossless}, {@code duplicating} /
     * {@code nonduplicating}; {@code default} alone means the default.
     */
    public static NetworkSemantics parse(String text) {
        boolean ordered = DEFAULT.ordered;
        boolean lossy = DEFAULT.lossy;
        boolean duplicating = DEFAULT.duplicating;
        if (text == null || text.isBlank() || text.strip().equals("default")) {
            return DEFAULT;
        }
        java.util.Map<String, String> said = new java.util.HashMap<>();
        for (String item : text.split(",")) {
            String word = item.strip();
            String aspect;
            switch (word) {
                case "ordered", "fifo" -> {
                    ordered = true;
                    aspect = "order";
                }
                case "unordered" -> {
                    ordered = false;
                    aspect = "order";
                }
                case "lossy", "lossless" -> {
                    lossy = word.equals("lossy");
                    aspect = "loss";
                }
                case "duplicating", "nonduplicating" -> {
                    duplicating = word.equals("duplicating");
                    aspect = "duplication";
                }
                default -> throw new IllegalArgumentException("unknown network word \"" + word
                        + "\" (known: ordered or fifo, unordered, lossy, lossless, duplicating, nonduplicating)");
            }
            String earlier = said.put(aspect, word);
            if (earlier != null) {
                throw new IllegalArgumentException("the network is given twice for " + aspect + ": \"" + earlier
                        + "\" and \"" + word + "\" in \"" + text + "\"");
            }
        }
        return new NetworkSemantics(ordered, lossy, duplicating);
    }

    /**
     * Refuses a fault the network cannot have.
     *
     * @param fault a fault's name, as {@link Fault#name} gives it
     * @throws IllegalArgumentException saying which aspect forbids it
     */
    public void permit(String fault) {
        if (!lossy && (fault.equals("loss") || fault.equals("partition"))) {
            throw new IllegalArgumentException("the network is lossless, so it cannot have a " + fault);
        }
        if (!duplicating && fault.equals("duplicate")) {
            throw new IllegalArgumentException("the network is nonduplicating, so it cannot duplicate packets");
        }
        if (ordered && fault.equals("reorder")) {
            throw new IllegalArgumentException("the network is ordered (FIFO links), so it cannot reorder packets;"
                    + " a delay spike slows a link down without reordering it");
        }
    }

    /** {@code ordered,lossy,duplicating}: every aspect, so the text says it all. */
    @Override
    public String toString() {
        List<String> words = new ArrayList<>();
        words.add(ordered ? "ordered" : "unordered");
        words.add(lossy ? "lossy" : "lossless");
        words.add(duplicating ? "duplicating" : "nonduplicating");
        return String.join(",", words);
    }
}
