/**
 * Faults injected by the kernel: the nodes of a sockets run in network namespaces of their own,
 * joined by veth pairs on a bridge, and the schedule's partitions and loss applied by the Linux
 * firewall (iptables, its {@code statistic} match for random loss), not by Herald.
 *
 * <p>What Herald's fault layer simulates at the socket, the kernel does here to real packets on a
 * real (virtual) LAN: a partition is a {@code DROP} rule in the receiver's namespace, a one-way
 * partition is such a rule on one side only. Threads cannot change namespace in Java, so each
 * node's socket lives in a small {@link herald.kernel.Relay} program started in its namespace.
 * {@link herald.kernel.Namespaces} creates everything with names unique to the run and always
 * deletes it (at the run's end, on failure, at the JVM's exit, and later for a process that was
 * killed). Needs Linux and root; {@link herald.kernel.KernelNetwork#unavailable} says what is missing.
 */
package herald.kernel;
