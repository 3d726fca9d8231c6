package herald.multicast;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Multicast;
import herald.node.Packet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reliable broadcast over IP multicast with negative acknowledgements: the receiver-driven
 * repair of PGM (RFC 3208) and JGroups' NAKACK.
 *
 * <p>A sender numbers its messages and multicasts each once (PGM's ODATA). Receivers find gaps in
 * a sender's numbers and ask for what is missing with a NAK; whoever holds a message repairs it
 * with a unicast copy (RDATA). A gap at the end of a sender's stream is invisible to a receiver
 * until it hears a higher number, so every member multicasts, every {@value #DIGEST_EVERY_MS} ms, a
 * digest of the highest number it holds from each sender (PGM's source path message, NAKACK's
 * digest). A member NAKs the sender of a digest for what the digest shows it lacks; as every member
 * keeps every message and answers NAKs, a message some correct member delivered reaches every
 * correct member even when its sender crashed: agreement, as in reliable broadcast. Acknowledging
 * nothing that arrived is the point: on a healthy network the cost is one datagram per message,
 * plus the digests.
 *
 * <pre>
 * upon broadcast(m):           sn := sn + 1; store (self, sn, m); deliver(m); multicast [DATA, self, sn, m]
 * upon receive [DATA, s, n, m] from p:
 *     if (s, n) not stored: store it; deliver(m)
 *     if some n' &lt; n of s is missing: send [NAK, s, missing] to s
 * every period:                multicast [DIGEST, highest stored sn of each sender]
 * upon receive [DIGEST, h] from p:
 *     for each sender s: if some n &le; h[s] of s is missing: send [NAK, s, missing] to p
 * upon receive [NAK, s, ns] from p:
 *     for each n in ns that is stored: send [DATA, s, n, m] to p        (repair)
 * </pre>
 *
 * <p>A NAK for the same number is not repeated to the same member within {@value #NAK_BACKOFF_MS}
 * ms, PGM's NAK back-off in its simplest form, so that a burst of digests does not become a burst
 * of NAKs. The back-off is per member asked: a digest's sender may lack the number too (a digest
 * shows only the highest number held), and a NAK to it must not hold back the NAK to the next
 * digest's sender, which may have it.
 */
public final class ReliableMulticast implements Multicast.Member {

    static final long DIGEST_EVERY_MS = 50;
    static final long NAK_BACKOFF_MS = 20;
    /** At most this many numbers in one NAK, so that a NAK fits a datagram. */
    static final int NAK_LIMIT = 64;

    /** ODATA (multicast) and RDATA (a unicast repair): message number {@code seq} of sender {@code origin}. */
    public record Data(int origin, long seq, Message message) implements Packet {
    }

    /** The numbers of {@code origin}'s messages that the NAK's sender lacks. */
    public record Nak(int origin, List<Long> missing) implements Packet {
        public Nak {
            missing = List.copyOf(missing);
        }
    }

    /** The highest number held of each sender, indexed like the group; 0 for none. */
    public record Digest(List<Long> highest) implements Packet {
        public Digest {
            highest = List.copyOf(highest);
        }
    }

    private static final Object DIGEST_TIMER = "digest";

    private Context context;
    private Multicast group;
    private int self;
    private long sn;
    /** For each sender, the messages held, by number. */
    private final List<TreeMap<Long, Message>> stored = new ArrayList<>();
    /** For each sender, every number up to this one is held. */
    private long[] contiguous;
    /**
     * When each missing (sender, number) was last NAKed of each member, indexed like the group:
     * the back-off is per member asked, or a NAK to a member that lacks the message too would hold
     * back the NAK to one that has it.
     */
    private final Map<List<Long>, long[]> nakedAt = new HashMap<>();

    @Override
    public void init(Context context) {
        this.context = context;
        this.group = Multicast.of(context);
        this.self = context.nodes().indexOf(context.self());
        for (int k = 0; k < context.nodes().size(); k++) {
            stored.add(new TreeMap<>());
        }
        this.contiguous = new long[context.nodes().size()];
        context.setTimer(Context.millis(DIGEST_EVERY_MS), DIGEST_TIMER);
    }

    @Override
    public void onBroadcast(Message message) {
        sn++;
        store(self, sn, message);
        group.multicast(new Data(self, sn, message));
    }

    @Override
    public void onReceive(NodeId from, Packet packet) {
        if (packet instanceof Data data) {
            store(data.origin(), data.seq(), data.message());
            nak(context.nodes().get(data.origin()), data.origin(), data.seq() - 1);
        } else if (packet instanceof Digest digest) {
            for (int s = 0; s < digest.highest().size(); s++) {
                nak(from, s, digest.highest().get(s));
            }
        } else if (packet instanceof Nak nak) {
            TreeMap<Long, Message> held = stored.get(nak.origin());
            for (long n : nak.missing()) {
                Message m = held.get(n);
                if (m != null) {
                    context.send(from, new Data(nak.origin(), n, m));
                }
            }
        }
    }

    @Override
    public void onTimer(Object tag) {
        if (tag == DIGEST_TIMER) {
            List<Long> highest = new ArrayList<>();
            for (TreeMap<Long, Message> held : stored) {
                highest.add(held.isEmpty() ? 0L : held.lastKey());
            }
            group.multicast(new Digest(highest));
            context.setTimer(Context.millis(DIGEST_EVERY_MS), DIGEST_TIMER);
        }
    }

    /** Stores and delivers a message the first time it is seen. */
    private void store(int origin, long seq, Message message) {
        TreeMap<Long, Message> held = stored.get(origin);
        if (held.putIfAbsent(seq, message) == null) {
            nakedAt.remove(List.of((long) origin, seq));
            context.deliver(message);
            while (held.containsKey(contiguous[origin] + 1)) {
                contiguous[origin]++;
            }
        }
    }

    private long[] neverNaked() {
        long[] times = new long[context.nodes().size()];
        Arrays.fill(times, Long.MIN_VALUE / 2);
        return times;
    }

    /** NAKs {@code to} for the numbers of {@code origin} up to {@code upTo} that are missing here. */
    private void nak(NodeId to, int origin, long upTo) {
        if (to.equals(context.self())) {
            return;
        }
        long now = context.now();
        int asked = context.nodes().indexOf(to);
        List<Long> missing = new ArrayList<>();
        TreeMap<Long, Message> held = stored.get(origin);
        for (long n = contiguous[origin] + 1; n <= upTo && missing.size() < NAK_LIMIT; n++) {
            if (!held.containsKey(n)) {
                long[] last = nakedAt.computeIfAbsent(List.of((long) origin, n), key -> neverNaked());
                if (now - last[asked] >= Context.millis(NAK_BACKOFF_MS)) {
                    last[asked] = now;
                    missing.add(n);
                }
            }
        }
        if (!missing.isEmpty()) {
            context.send(to, new Nak(origin, missing));
        }
    }
}
