package herald.grade.students;

import herald.history.NodeId;
import herald.link.PerfectLinks;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import java.util.HashSet;
import java.util.Set;

/** Eager reliable broadcast as a student writes it; the misbehaving classes below extend it. */
public class Relay implements Node {

    /** The only packet. */
    public record Data(Message message) implements Packet {
    }

    protected Context context;
    private PerfectLinks links;
    private final Set<String> delivered = new HashSet<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.links = new PerfectLinks(context, this::arrived);
    }

    @Override
    public void onBroadcast(Message message) {
        links.broadcast(new Data(message));
    }

    protected void arrived(NodeId from, Packet packet) {
        Message m = ((Data) packet).message();
        if (delivered.add(m.id())) {
            context.deliver(m);
            if (relays()) {
                links.broadcast(new Data(m));
            }
        }
    }

    /** Whether a message delivered for the first time is sent on to everyone: the step that makes it reliable. */
    protected boolean relays() {
        return true;
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        links.onReceive(from, packet);
    }

    @Override
    public void onTimer(Object tag) {
        links.onTimer(tag);
    }
}
