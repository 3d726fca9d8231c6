/**
 * Broadcast over IP multicast: one datagram to a group address, copied by the network to every
 * member.
 *
 * <p>IP multicast (RFC 1112) gives a group a class-D address (224.0.0.0/4; 239.0.0.0/8 is
 * administratively scoped, for a site's own use). A host joins a group on an interface (an IGMP
 * membership report tells the routers), and a datagram sent to the group reaches every member, as
 * far as its TTL lets it travel. It is UDP: best effort, with no acknowledgement, so a member that
 * misses a datagram never hears of it. {@link herald.multicast.IpMulticast} is exactly that, and
 * loses messages under loss. {@link herald.multicast.ReliableMulticast} adds what PGM (RFC 3208)
 * and JGroups' NAKACK add: sequence numbers per sender, periodic advertisements of what each member
 * holds, negative acknowledgements for the gaps, and retransmission by whoever holds the message.
 *
 * <p>Both send through {@link herald.node.Multicast}: on real sockets one datagram to the group; in
 * the simulator, one packet to each member.
 */
package herald.multicast;
