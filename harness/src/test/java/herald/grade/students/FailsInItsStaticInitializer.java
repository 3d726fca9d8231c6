package herald.grade.students;

/** Its static initializer throws, so no node of it can be made. */
public class FailsInItsStaticInitializer extends Relay {

    static {
        if (System.nanoTime() != 0) {
            throw new IllegalStateException("static boom");
        }
    }
}
