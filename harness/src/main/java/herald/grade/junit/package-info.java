/**
 * Herald's battery inside a course repository's own build: a JUnit 5 base class that grades a
 * student's {@link herald.node.Node} with {@code mvn verify} and fails each scenario it fails with
 * the evidence (the violation's sentence, the verdict, stack traces, the history, a replay
 * command). The README has a complete example.
 */
package herald.grade.junit;
