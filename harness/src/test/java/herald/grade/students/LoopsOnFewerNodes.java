package herald.grade.students;

import herald.node.Message;

/** Never relays; in a group smaller than the battery's five, spins forever when asked to broadcast. */
public class LoopsOnFewerNodes extends NeverRelays {

    private long spins;

    @Override
    public void onBroadcast(Message message) {
        while (context.nodes().size() < 5) {
            spins++;
        }
        super.onBroadcast(message);
    }
}
