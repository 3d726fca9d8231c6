package herald.grade.students;

import herald.node.Message;

/** Sends its broadcast to itself over and over, in one call. */
public class SendsWithoutEnd extends Relay {

    @Override
    public void onBroadcast(Message message) {
        for (long k = 0; k < Long.MAX_VALUE; k++) {
            context.send(context.self(), new Data(message));
        }
    }
}
