package herald.nemesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/**
 * One kind of trouble the nemesis can cause. Faults are values: a history's {@code fault} event
 * carries the fault's {@link #name} and its {@link #detail}, and {@link #fromDetail} turns the two
 * back into the same fault, which is how schedules are written to files and read back.
 */
public sealed interface Fault permits Partition, Loss, Duplicate, Reorder, Delay, Crash, Pause {

    /** Every fault name, in the order {@link #fromDetail} knows them. */
    List<String> NAMES = List.of("partition", "loss", "duplicate", "reorder", "delay", "crash", "pause");

    /** The name a history's {@code fault} event gives it: {@code partition}, {@code loss}, … */
    String name();

    /** The {@code detail} of the fault's start event: the groups, the probability, the nodes. */
    ObjectNode detail();

    /** Whether it drops packets: a loss with a probability above 0, and a partition (its packets across the cut). */
    default boolean losesPackets() {
        return false;
    }

    /** Whether it acts on the network's links (packets), rather than on processes (a crash, a pause). */
    default boolean onLinks() {
        return !(this instanceof Crash || this instanceof Pause);
    }

    /** Every node the fault names, so that a schedule can be checked against the group. */
    Set<String> mentions();

    /**
     * The fault called {@code name} with this {@code detail}.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong
     */
    static Fault fromDetail(String name, JsonNode detail) {
        Detail d = new Detail(detail);
        Fault fault = switch (name) {
            case "partition" -> Partition.fromDetail(d);
            case "loss" -> Loss.fromDetail(d);
            case "duplicate" -> Duplicate.fromDetail(d);
            case "reorder" -> Reorder.fromDetail(d);
            case "delay" -> Delay.fromDetail(d);
            case "crash" -> Crash.fromDetail(d);
            case "pause" -> Pause.fromDetail(d);
            default -> throw new IllegalArgumentException("unknown fault \"" + name + "\" (known: "
                    + String.join(", ", NAMES) + ")");
        };
        d.done(name);
        return fault;
    }
}
