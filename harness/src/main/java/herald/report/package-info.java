/**
 * Reports: a history and its verdict as one page a person reads in a minute.
 *
 * <p>The checkers judge; the diagrams (in {@code herald.diagram}, beside the histories) draw.
 * Diagrams know nothing of checkers, so this package is where the two meet: it turns a
 * {@link herald.check.Verdict} into the plain {@link herald.diagram.Judgement} a diagram draws,
 * and writes {@code report.html} beside a run's history.
 */
package herald.report;
