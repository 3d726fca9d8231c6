package herald.grade.students;

import herald.node.Settling;

/** A relay that says it needs two hours to settle: longer than any quiet period may last. */
public class SettlesInHours extends Relay implements Settling {

    @Override
    public long settlingTime(int nodes, int crashes) {
        return 7_200_000_000L;
    }
}
