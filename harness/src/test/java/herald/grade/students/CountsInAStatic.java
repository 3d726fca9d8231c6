package herald.grade.students;

import herald.node.Message;

/**
 * Relays, and numbers the broadcasts of the whole JVM in a static field, logging the count: a run
 * after another would log other numbers unless each run has its own copy of the class.
 */
public class CountsInAStatic extends Relay {

    private static int broadcasts;

    @Override
    public void onBroadcast(Message message) {
        broadcasts++;
        context.log("broadcast number " + broadcasts + " in this JVM");
        super.onBroadcast(message);
    }
}
