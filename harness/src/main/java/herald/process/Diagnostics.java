package herald.process;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What went wrong with the programs of a run, as sentences, by node: lines that are not messages,
 * unknown destinations, unanswered requests, exits. Many threads add to it. What can happen on
 * every line (junk, a wrong destination) is a {@link #note}: each node keeps its first
 * {@value #KEPT} and counts the rest, so a node printing junk forever cannot fill the report; what
 * happens once (an exit, a flood, a hang), and a node's first {@link #breach}, is always kept.
 */
final class Diagnostics {

    static final int KEPT = 20;

    private final Map<String, List<String>> byNode = new LinkedHashMap<>();
    private final Map<String, Integer> more = new LinkedHashMap<>();

    private final Map<String, Integer> notes = new LinkedHashMap<>();

    private String firstUnanswered;
    private String firstBreach;
    private final Set<String> breached = new HashSet<>();

    /** Something that happens once: always kept. */
    synchronized void add(String node, String sentence) {
        byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(sentence);
    }

    /** A request a node left unanswered: kept as {@link #add} keeps it, and remembered as the first such. */
    synchronized void unanswered(String node, String sentence) {
        add(node, sentence);
        if (firstUnanswered == null) {
            firstUnanswered = sentence;
        }
    }

    /** The first sentence about an unanswered request, or null when every request was answered. */
    synchronized String firstUnanswered() {
        return firstUnanswered;
    }

    /**
     * The program broke Maelstrom's protocol in a way that leaves requests unanswered through its own
     * fault (a reply to a request never made, more output than Herald reads): kept as a {@link
     * #note}, and the first remembered, so that what it left unanswered fails the run rather than
     * making it inconclusive.
     */
    synchronized void breach(String node, String sentence) {
        if (breached.add(node)) {
            add(node, sentence);          // a node's first breach is always kept, however many notes came before
        } else {
            note(node, sentence);
        }
        if (firstBreach == null) {
            firstBreach = sentence;
        }
    }

    /** The first breach of the protocol, or null. */
    synchronized String firstBreach() {
        return firstBreach;
    }

    /** Something that may happen on every line: kept {@value #KEPT} times per node; true when kept. */
    synchronized boolean note(String node, String sentence) {
        if (notes.merge(node, 1, Integer::sum) > KEPT) {
            more.merge(node, 1, Integer::sum);
            return false;
        }
        byNode.computeIfAbsent(node, n -> new ArrayList<>()).add(sentence);
        return true;
    }

    /** Every sentence kept, node by node, with a line for what was left out. */
    synchronized List<String> all() {
        List<String> all = new ArrayList<>();
        byNode.forEach((node, sentences) -> {
            all.addAll(sentences);
            Integer left = more.get(node);
            if (left != null) {
                all.add("… and " + left + " more about " + node);
            }
        });
        return all;
    }
}
