package herald.grade.students;

/** A class that forgot to implement the Node API. */
public class NotANode {
}
