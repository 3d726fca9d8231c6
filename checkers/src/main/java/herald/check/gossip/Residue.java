package herald.check.gossip;

import herald.history.History;
import herald.history.Names;
import java.util.List;
import java.util.Locale;

/**
 * Rumor mongering's residue, gathered rumor by rumor: for each, the fraction of the correct
 * processes owed it (connected to one that knew it) that never learned it.
 */
final class Residue {

    private int rumors;
    private int incomplete;
    private long owed;
    private long missed;
    private double sum;
    private double worst = -1;
    private String worstRumor;
    private List<String> worstMissing;

    void add(String rumor, int eligible, List<Integer> missing, History history) {
        if (eligible == 0) {
            return;
        }
        rumors++;
        owed += eligible;
        missed += missing.size();
        double fraction = (double) missing.size() / eligible;
        sum += fraction;
        if (!missing.isEmpty()) {
            incomplete++;
        }
        if (fraction > worst) {
            worst = fraction;
            worstRumor = Names.told(rumor);
            worstMissing = missing.stream().map(history::node).toList();
        }
    }

    /** One sentence: how many rumors fell short, the mean residue, and the worst rumor. */
    String describe() {
        if (rumors == 0) {
            return "residue: no rumor was owed to any correct process";
        }
        if (incomplete == 0) {
            return "residue 0: each of the " + rumors + " rumors reached every correct process connected to it";
        }
        return String.format(Locale.ROOT, "residue %.3f on average: %d of %d rumors missed some correct connected "
                + "process (%d of %d process-rumor pairs); the worst, %s, never reached %s (residue %.3f)",
                sum / rumors, incomplete, rumors, missed, owed, worstRumor, list(worstMissing), worst);
    }

    /** Names, the first ten of them and a count of the rest. */
    static String list(List<String> names) {
        if (names.size() <= 10) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, 10)) + " and " + (names.size() - 10) + " more";
    }
}
