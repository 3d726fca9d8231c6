/**
 * Gossip, or epidemic, dissemination: every round each node picks a few peers at random and
 * exchanges what it knows with them, so a rumor spreads like an infection, in a number of rounds
 * that grows only with the logarithm of the group's size, over any network that stays connected
 * often enough, and without anyone keeping track of who has it.
 *
 * <p>Demers et al. (1987), <em>Epidemic algorithms for replicated database maintenance</em>
 * (PODC), name the two families implemented here, each in one file beside its pseudo-code:
 *
 * <ul>
 *   <li>{@link herald.gossip.AntiEntropy}: nodes resolve their whole difference with a random
 *       peer every round, by push, pull or push-pull. It never gives up, so it always converges:
 *       every node connected to one that knows a rumor eventually learns it.
 *   <li>{@link herald.gossip.RumorMongering}: a node spreads a rumor while it is "hot" and loses
 *       interest after contacts that did not help (feedback) or any contacts (blind), by counter
 *       or by coin ({@link herald.gossip.Interest}). It is cheaper, and leaves a residue: nodes the
 *       rumor never reached.
 * </ul>
 *
 * <p>What theory predicts, on the complete graph with one peer per round, and what
 * {@code herald gossip} measures: push informs everyone in about log2 n + ln n rounds (Pittel
 * 1987, <em>On spreading a rumor</em>): the informed double each round while they are few, then
 * the uninformed fraction is divided by about e each round. Pull squares the uninformed fraction
 * each round in that late phase, and push-pull takes about log3 n + O(log log n) rounds (Karp,
 * Schindelhauer, Shenker and Vöcking 2000, <em>Randomized rumor spreading</em>). Rumor mongering
 * with feedback and coin leaves a residue s with s = e^-(k+1)(1-s) (Demers et al.).
 *
 * <p>The peers come from a {@link herald.gossip.Topology}: the complete graph of the classic
 * results, or a ring, line, grid, k-ary tree or random k-regular graph, where a rumor needs at
 * least as many rounds as the graph's diameter. {@link herald.gossip.GossipParameters} gathers
 * the choices; a run's history records them, and its topology, in the header.
 *
 * <p>In Herald a rumor is a broadcast, and learning it is a delivery: the gossip protocols run
 * under the nemesis like every other protocol and are checked by the {@code gossip} spec.
 */
package herald.gossip;
