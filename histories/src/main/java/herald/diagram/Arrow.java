package herald.diagram;

import herald.history.Event;
import herald.history.History;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A line a space-time diagram draws from one event to a later one: a traced packet from its send
 * to its receipt, a lost packet from its send to where it died, or a message from its broadcast
 * to a delivery at another node (the logical flow, which is all a history without traced
 * packets can show).
 *
 * @param from the index of the send or broadcast
 * @param to the index of the receipt, drop or delivery
 * @param kind which of the three
 */
public record Arrow(int from, int to, Kind kind) {

    /** What an arrow stands for; its ordinal is the code the page's script reads. */
    public enum Kind { PACKET, LOST, MESSAGE }

    /** Every arrow of the history, ordered by where it starts, then where it ends. */
    public static List<Arrow> of(History history) {
        List<Arrow> arrows = new ArrayList<>();
        Map<Long, Integer> sends = new HashMap<>();
        for (Event event : history.events()) {
            if (event instanceof Event.Send s) {
                sends.put(s.packet(), s.i());
            } else if (event instanceof Event.Recv r && sends.containsKey(r.packet())) {
                arrows.add(new Arrow(sends.get(r.packet()), r.i(), Kind.PACKET));
            } else if (event instanceof Event.Drop d && sends.containsKey(d.packet())) {
                arrows.add(new Arrow(sends.get(d.packet()), d.i(), Kind.LOST));
            } else if (event instanceof Event.Deliver d) {
                int broadcast = history.broadcastOf(history.messageAt(d.i()));
                if (broadcast >= 0 && broadcast < d.i()
                        && !((Event.Broadcast) history.event(broadcast)).node().equals(d.node())) {
                    arrows.add(new Arrow(broadcast, d.i(), Kind.MESSAGE));
                }
            }
        }
        arrows.sort(Comparator.comparingInt(Arrow::from).thenComparingInt(Arrow::to));
        return arrows;
    }
}
