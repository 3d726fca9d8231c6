/**
 * The {@code herald} command line: {@code run}, {@code check}, {@code list}, {@code bench},
 * {@code gossip}.
 *
 * <p>Every command exits 0 when all properties hold, 1 when a property is violated, and 2 on bad
 * usage or bad input, with a one-line message naming the file, the line and the problem. A 3
 * means Herald itself failed: a bug to report.
 */
package herald.cli;
