package herald.grade.students;

/** Never relays; in a group smaller than the battery's five, polls with a timer that fires again at once. */
public class RearmsOnFewerNodes extends RearmsAtOnce {

    @Override
    protected boolean polls() {
        return context.nodes().size() < 5;
    }

    @Override
    protected boolean relays() {
        return false;
    }
}
