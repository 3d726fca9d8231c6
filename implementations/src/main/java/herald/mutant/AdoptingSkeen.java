package herald.mutant;

import herald.order.SkeenTotalOrder;
import herald.protocol.Assumption;
import herald.protocol.Protocol;
import java.util.Set;

/** Skeen's total order whose clock jumps to an agreed priority instead of past it. */
public final class AdoptingSkeen extends SkeenTotalOrder {

    public static final Protocol PROTOCOL = Protocol.mutant("skeen-to-adopt", "total",
            "Skeen total order whose clock jumps to an adopted final priority instead of past it",
            Set.of(Assumption.CRASH_STOP, Assumption.NO_CRASH), AdoptingSkeen::new, "total-order",
            "After adopting a final priority (F, q) a process must only ever propose above it. This one sets "
                    + "its clock to F rather than F + 1, so its next proposal is (F, self), which is below "
                    + "(F, q) whenever self sorts before q. A message broadcast after another was delivered "
                    + "can then get a final priority below it; a process that had not yet decided the first "
                    + "delivers the second before it, and total-order breaks. An off-by-one in a logical "
                    + "clock: Lamport's rule is max(local, received) + 1, and the + 1 is the point.");

    /** clock := max(clock, pr.number): at the agreed priority, not past it. */
    @Override
    protected void adopt(Priority agreed) {
        clock = Math.max(clock, agreed.number());
    }
}
