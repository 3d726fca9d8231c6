package herald.hunt;

import herald.scenario.ScenarioParameters;
import java.util.SplittableRandom;

/**
 * How many processes the runs of a hunt have: always {@code min} when {@code min == max}, else a
 * number drawn for each run between the two. Small groups find most bugs sooner; some bugs need
 * a third process, or a second crash.
 */
public record Group(int min, int max) {

    public Group {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("a group has at least one process, and a range is written 3..5; got "
                    + min + ".." + max);
        }
        ScenarioParameters.checkSize(max);
    }

    /** {@code N} or {@code A..B}. */
    public static Group parse(String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        try {
            if (dots < 0) {
                int n = Integer.parseInt(t);
                return new Group(n, n);
            }
            return new Group(Integer.parseInt(t.substring(0, dots).strip()), Integer.parseInt(t.substring(dots + 2).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--nodes takes a number or a range such as 3..5, got \"" + text + "\"");
        }
    }

    int draw(SplittableRandom random) {
        return min == max ? min : min + random.nextInt(max - min + 1);
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + ".." + max;
    }
}
