package herald.grade.students;

import herald.node.Message;

/** Never relays; in a group smaller than the battery's five, calls System.exit when asked to broadcast. */
public class ExitsOnFewerNodes extends NeverRelays {

    @Override
    public void onBroadcast(Message message) {
        if (context.nodes().size() < 5) {
            System.exit(3);
        }
        super.onBroadcast(message);
    }
}
