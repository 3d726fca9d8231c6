/**
 * Links: the layer between the network and a broadcast protocol.
 *
 * <p>The network gives <em>fair-loss</em> links (Cachin, Guerraoui and Rodrigues, section 2.4):
 * a packet may be lost, duplicated or delayed, but one sent again and again to a correct process
 * eventually gets through. {@link herald.link.PerfectLinks} builds <em>perfect</em> links on
 * them: retransmit until acknowledged, and deliver each packet once. Broadcast protocols that
 * promise reliability are built on perfect links; {@code best-effort} shows what happens without.
 */
package herald.link;
