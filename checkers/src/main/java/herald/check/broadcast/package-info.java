/**
 * The reliability properties of the broadcast family (Cachin, Guerraoui and Rodrigues, chapter
 * 3): validity, no duplication, no creation, agreement and uniform agreement.
 *
 * <p>Each is one class. Validity, agreement and uniform agreement are liveness properties, read
 * at the end of the history: "every correct process delivers" means "had delivered by the
 * {@code end} event". A process is correct when it never crashed (crash-stop) or is up at the end
 * (crash-recovery). No duplication and no creation are safety properties: a single delivery can
 * break them.
 */
package herald.check.broadcast;
