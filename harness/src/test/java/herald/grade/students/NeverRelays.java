package herald.grade.students;

/** Delivers what reaches it and relays nothing: best-effort broadcast, which a sender's crash breaks. */
public class NeverRelays extends Relay {

    @Override
    protected boolean relays() {
        return false;
    }
}
