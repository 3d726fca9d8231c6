package herald.grade.students;

import herald.node.Message;

/** Delivers a broadcast from a thread of its own, and waits for it: its context is used outside a handler. */
public class DeliversFromAThread extends Relay {

    @Override
    public void onBroadcast(Message message) {
        Thread helper = new Thread(() -> context.deliver(message), "student-helper");
        helper.start();
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        super.onBroadcast(message);
    }
}
