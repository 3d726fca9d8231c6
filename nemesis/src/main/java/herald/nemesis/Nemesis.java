package herald.nemesis;

import java.util.List;

/**
 * One kind of nemesis the command line can ask for: it validates its parameter and generates
 * its faults for a run.
 */
public interface Nemesis {

    /** Its name on the command line, e.g. {@code loss}. */
    String name();

    /** One line for {@code herald list}. */
    String description();

    /** Its parameter and default, for {@code herald list}, e.g. {@code =P probability, default 0.1}. */
    String parameter();

    /** Checks the value given after {@code =} (null when bare). */
    void validate(String value);

    /** The faults of one run. */
    List<ScheduledFault> generate(String value, Generation generation);
}
