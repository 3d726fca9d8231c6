/**
 * Deliberately broken protocols ("mutants"), for teaching and for testing the checkers.
 *
 * <p>A checker earns trust by catching bugs it was not written against. Mutation testing turns
 * that around: take a protocol that keeps its spec, change one step the way people get it wrong,
 * and demand that the checks notice. Each class here extends a reference protocol and overrides
 * exactly one of its steps (the references keep their steps {@code protected} for this), so a
 * student can put the mutant beside the reference and see the whole bug in a few lines.
 *
 * <p>Each mutant registers itself as a {@link herald.protocol.Protocol} in its {@code PROTOCOL}
 * field: its id, the property it breaks, and a paragraph for teachers saying what is wrong,
 * under which faults it shows, and the real-world report it mirrors where there is one. {@link
 * herald.mutant.Mutants} lists them all; {@code herald list} shows them in a table of their own,
 * and the test suite demands that a hunt catches every one by the property it names.
 */
package herald.mutant;
