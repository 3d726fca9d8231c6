package herald.nemesis;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One kind of trouble the nemesis can cause. Faults are values. */
public sealed interface Fault permits Partition, Loss, Crash {

    /** The name a history's {@code fault} event gives it: {@code partition}, {@code loss}, … */
    String name();

    /** The {@code detail} of the fault's start event: the groups, the probability, the nodes. */
    ObjectNode detail();
}
