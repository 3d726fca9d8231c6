package herald.grade.students;

import herald.node.Context;

/** Polls with a timer that fires again at once: virtual time never moves on. */
public class RearmsAtOnce extends Relay {

    private static final String POLL = "poll";

    @Override
    public void init(Context context) {
        super.init(context);
        if (polls()) {
            context.setTimer(0, POLL);
        }
    }

    /** Whether this node polls. */
    protected boolean polls() {
        return true;
    }

    @Override
    public void onTimer(Object tag) {
        if (tag == POLL) {
            context.setTimer(0, POLL);
        } else {
            super.onTimer(tag);
        }
    }
}
