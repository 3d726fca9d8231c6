package herald.grade.students;

/** A node with no constructor without arguments. */
public class NeedsArguments extends Relay {

    private final int fanout;

    public NeedsArguments(int fanout) {
        this.fanout = fanout;
    }

    @Override
    public String toString() {
        return "fanout " + fanout;
    }
}
