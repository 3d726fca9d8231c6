/**
 * Measuring gossip against the classic results: {@code herald gossip}.
 *
 * <p>A {@link herald.measure.GossipExperiment} runs a gossip protocol many times in the
 * {@link herald.rounds.RoundEngine}, one rumor per run, and a {@link herald.measure.Measurement}
 * draws the figures a course discusses from what the runs saw: rounds until half, 99% and all of
 * the nodes know, the residue (the fraction that never learns), the packets per node per round
 * and per rumor, and what a round of the late phase does to the uninformed fraction. Each figure
 * is a mean with its standard deviation over the runs, and {@link herald.measure.Theory} puts the
 * classic prediction beside it: Pittel (1987) for push, Karp et al. (2000) for push-pull, Demers
 * et al. (1987) for pull's late phase and rumor mongering's residue.
 * {@link herald.measure.GossipReport} prints them; {@link herald.measure.SpreadChart} draws the
 * fraction informed per round, push against pull against push-pull.
 */
package herald.measure;
