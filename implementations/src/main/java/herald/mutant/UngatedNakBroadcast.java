package herald.mutant;

import herald.broadcast.NakReliableBroadcast;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.List;
import java.util.Set;

/**
 * Negative-acknowledgement broadcast whose receiver delivers whatever arrives: the sender's side
 * (numbers, status, a whole window sent again on a NAK) is as in the reference, the receiver's
 * gate is gone.
 */
public final class UngatedNakBroadcast extends NakReliableBroadcast {

    public static final Protocol PROTOCOL = Protocol.mutant("nak-rb-ungated", "fifo",
            "NAK broadcast whose receiver delivers every packet as it arrives, without the hold-back gate",
            Set.of(Assumption.CRASH_STOP), UngatedNakBroadcast::new, "fifo-order",
            "The receiver still keeps its books (what it has, what to ask for) but delivers each packet the "
                    + "moment it arrives. After one loss, the next message overtakes the lost one "
                    + "(fifo-order breaks); the NAK then brings back the whole window from the gap on, go-back-N "
                    + "style, and every message of the window that had already arrived is delivered a second "
                    + "time (no-duplication breaks too). A go-back-N sender is only correct with a receiver "
                    + "that discards what is not exactly the next packet, which is what the gate did.");

    /** The books are kept as before, but the packet that arrived goes through, whatever its number. */
    @Override
    protected List<Data> gate(Data data) {
        super.gate(data);
        return List.of(data);
    }
}
