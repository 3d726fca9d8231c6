package herald.grade.students;

import herald.node.Message;
import java.util.ArrayList;
import java.util.List;

/** Keeps a megabyte for every broadcast it is asked for, and a thousand more once it has twenty. */
public class Hoards extends Relay {

    private final List<byte[]> kept = new ArrayList<>();

    @Override
    public void onBroadcast(Message message) {
        kept.add(new byte[1 << 20]);
        while (kept.size() >= 2) {
            kept.add(new byte[1 << 20]);
        }
        super.onBroadcast(message);
    }
}
