/**
 * The gallery of violations ({@code histories/examples/}): one small failing history for each
 * property Herald checks, to put on a screen and talk about in a minute. Each entry is what a
 * fixed {@link herald.hunt.Hunt search} finds and the shrinker leaves of it: two to four nodes,
 * one or two broadcasts, a fault or two, every packet traced so the diagram draws the arrows.
 *
 * <p>The {@link herald.gallery.Exhibits catalogue} lists each entry's search (protocol, spec,
 * faults, group, seeds): a broken protocol from {@code herald.mutant}, or a reference protocol
 * out of its depth (best-effort broadcast under loss). The {@link herald.gallery.Gallery} runs
 * them and keeps each result as a hunt keeps a counterexample, with a {@link
 * herald.gallery.Label README} that tells its {@link herald.gallery.Story story}: written by hand,
 * citing the history's events by what they are, so a changed history is noticed, never
 * mis-cited. The searches have budgets of tries alone, so the gallery is the same bytes each time
 * it is written, and a test can insist that every committed entry still replays byte for byte
 * and still breaks its property.
 */
package herald.gallery;
