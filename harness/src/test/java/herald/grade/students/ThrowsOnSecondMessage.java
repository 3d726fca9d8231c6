package herald.grade.students;

import herald.history.NodeId;
import herald.node.Packet;

/** Relays, but node n2 dereferences null on the second message it receives. */
public class ThrowsOnSecondMessage extends Relay {

    private int received;
    private String missing;

    @Override
    protected void arrived(NodeId from, Packet packet) {
        if (context.self().name().equals("n2") && ++received == 2) {
            System.out.println("n2 got its second message: " + missing.length());
        }
        super.arrived(from, packet);
    }
}
