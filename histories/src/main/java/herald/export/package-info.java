/**
 * Exports: histories in the formats other tools read.
 *
 * <p>{@link herald.export.VectorClocks} gives every event at a node a vector clock computed from
 * the history alone, by traced packets when there are any, else by broadcast and delivery, so
 * that the order of the clocks is the happened-before relation Herald's causal checks use.
 * {@link herald.export.ShiVizLog} writes one or several histories as a ShiViz log, whose
 * space-time view rests entirely on those clocks.
 */
package herald.export;
