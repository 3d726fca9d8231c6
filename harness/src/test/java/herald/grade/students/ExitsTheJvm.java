package herald.grade.students;

import herald.node.Message;

/** Calls System.exit when n1 is asked to broadcast. */
public class ExitsTheJvm extends Relay {

    @Override
    public void onBroadcast(Message message) {
        if (context.self().name().equals("n1")) {
            System.exit(7);
        }
        super.onBroadcast(message);
    }
}
