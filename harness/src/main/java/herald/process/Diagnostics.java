package herald.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What went wrong with the programs of a run, as sentences, by node: lines that are not messages,
 * unknown destinations, unanswered requests, exits. Many threads add to it; each node keeps its
 * first {@value #KEPT} sentences and counts the rest, so a node printing junk forever cannot fill
 * the report.
 */
final class Diagnostics {

    static final int KEPT = 20;

    private final Map<String, List<String>> byNode = new LinkedHashMap<>();
    private final Map<String, Integer> more = new LinkedHashMap<>();

    synchronized void add(String node, String sentence) {
        List<String> kept = byNode.computeIfAbsent(node, n -> new ArrayList<>());
        if (kept.size() < KEPT) {
            kept.add(sentence);
        } else {
            more.merge(node, 1, Integer::sum);
        }
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
