package herald.grade.students;

import herald.node.Settling;

/** A relay that implements {@link Settling} but throws when asked: its settling time is not known. */
public class CannotSaySettling extends Relay implements Settling {

    @Override
    public long settlingTime(int nodes, int crashes) {
        throw new UnsupportedOperationException("not yet");
    }
}
