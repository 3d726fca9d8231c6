package herald.grade.students;

import herald.node.Message;

/** Spins forever when n3 is asked to broadcast. */
public class LoopsForever extends Relay {

    private long spins;

    @Override
    public void onBroadcast(Message message) {
        while (context.self().name().equals("n3")) {
            spins++;
        }
        super.onBroadcast(message);
    }
}
