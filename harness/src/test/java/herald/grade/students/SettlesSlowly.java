package herald.grade.students;

import herald.node.Settling;

/**
 * A relay that says it needs 1.2 s to settle after the heal, and 0.1 s more for each crashed
 * node: longer than the battery's quiet second. It counts the nodes made in this JVM, which
 * grading must leave at none: the class's code runs only in the JVMs it is graded in.
 */
public class SettlesSlowly extends Relay implements Settling {

    /** Nodes made in this JVM. */
    public static int made;

    public SettlesSlowly() {
        made++;
    }

    @Override
    public long settlingTime(int nodes, int crashes) {
        return 1_200_000 + 100_000L * crashes;
    }
}
