package herald.nemesis;

import java.util.List;
import java.util.Set;

/**
 * One kind of nemesis the command line can ask for ({@code --nemesis loss=0.2}): it validates its
 * parameter and generates its faults for a run.
 */
public interface Nemesis {

    /** Its name on the command line, e.g. {@code loss}. */
    String name();

    /** The name of the fault it makes, as histories write it, e.g. {@code duplicate} for {@code dup}. */
    default String fault() {
        return name();
    }

    /** One line for {@code herald list}. */
    String description();

    /** Its parameter and default, for {@code herald list}, e.g. {@code =P probability, default 0.1}. */
    String parameter();

    /** Checks the value given after {@code =} (null when bare). */
    void validate(String value);

    /** The faults of one run. */
    List<ScheduledFault> generate(String value, Generation generation);

    /** Whether its faults, with this value, drop packets. */
    default boolean losesPackets(String value) {
        return false;
    }

    /** The nodes it may crash in some run, among {@code nodes}; none for a nemesis that does not crash. */
    default Set<String> mayCrash(String value, List<String> nodes) {
        return Set.of();
    }

    /** How many nodes it crashes in a run, named or picked at random; 0 for a nemesis that does not crash. */
    default int crashes(String value) {
        return 0;
    }

    /** How many nodes it may hold crashed at once when it picks them at random; 0 when it names them. */
    default int randomCrashes(String value) {
        return 0;
    }

    /**
     * The fewest nodes a group needs for its faults with this value, e.g. 3 for a ring partition;
     * 1 when any group will do. Nodes it names are checked against the group when it generates,
     * and the correct majority that random crashes leave by {@link NemesisOptions#leastNodes}.
     */
    default int leastNodes(String value) {
        return 1;
    }
}
