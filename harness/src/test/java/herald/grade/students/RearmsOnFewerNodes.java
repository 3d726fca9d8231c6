package herald.grade.students;

import herald.node.Context;

/** Never relays; in a group smaller than the battery's five, polls with a timer that fires again at once. */
public class RearmsOnFewerNodes extends NeverRelays {

    private static final String POLL = "poll";

    @Override
    public void init(Context context) {
        super.init(context);
        if (context.nodes().size() < 5) {
            context.setTimer(0, POLL);
        }
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
