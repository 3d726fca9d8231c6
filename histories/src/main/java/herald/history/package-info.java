/**
 * Histories: what one run observed, and nothing else.
 *
 * <p>A history is the record a checker judges. It holds every broadcast the workload asked for,
 * every delivery a node made, every crash and recovery, every fault the nemesis started or
 * stopped and, when packets are traced, every packet that left, arrived or died. It never holds
 * a protocol's internal state: a checker that only sees the history can judge any
 * implementation, written in any language, run by any runtime.
 *
 * <p>On disk a history is JSON Lines (see {@code HISTORY-FORMAT.md}): a {@link Header} on line
 * 1, then one {@link Event} per line, each with its index {@code i} and its time {@code t}. The
 * {@link HistoryWriter} flushes every line as it is written, so a run that dies leaves a
 * readable prefix; the {@link HistoryReader} accepts such a cut-off last line with a warning and
 * rejects any other malformed line as {@code FILE:LINE: what is wrong}. In memory a
 * {@link History} is the same events, indexed per node and per message so that checkers run in
 * time linear in the history.
 */
package herald.history;
