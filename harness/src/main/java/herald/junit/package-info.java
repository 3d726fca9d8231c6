/**
 * Herald's hunts in JUnit 5 tests: "this protocol keeps this spec under this nemesis for N
 * generated scenarios", as an annotation ({@link herald.junit.Keeps}) or a call ({@link
 * herald.junit.HuntAssertions#assertKeeps}).
 *
 * <p>A test that passes ran N scenarios and found nothing; one that fails found a violation,
 * shrank it, kept it under {@code target/herald/hunt/}, and says it the way a student needs it:
 * the sentence of the first violation, the history it cites, and the command that replays it. The
 * protocol is one Herald knows by id, or any {@link herald.node.Node} class with a constructor
 * without arguments: a course's repository tests its students' classes this way.
 */
package herald.junit;
