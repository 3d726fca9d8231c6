/**
 * Checkers: the properties a broadcast protocol promises, judged on a history alone.
 *
 * <p>Each {@link Checker} decides one property of {@code PROPERTIES.md} (validity, no
 * duplication, no creation, agreement, uniform agreement, and the order properties) by reading
 * the {@link herald.history.History}: what was broadcast, what each process delivered and in
 * which order, who crashed. It never looks inside a protocol, so it judges ours and a student's
 * alike. A {@link Spec} is the set of properties a protocol promises; checking a history against
 * a spec gives a {@link Verdict} that lists, for every property, whether it held and, when it did
 * not, how often and a sentence a student can follow, citing the events ({@code #i}) that prove
 * it.
 *
 * <p>Safety properties (no duplication, no creation, the orders) can be violated by a prefix of
 * a run. Liveness properties (validity, agreement) speak of "eventually": they are judged at the
 * end of the history, which the harness writes only after every fault stopped and a quiet period
 * passed. A history without its {@code end} is still checked, with a warning.
 */
package herald.check;
