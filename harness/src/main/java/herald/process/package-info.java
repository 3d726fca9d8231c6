/**
 * Programs in any language as nodes: Herald runs N copies of a program that speaks Maelstrom's
 * protocol on stdin and stdout, and stands between them as Maelstrom does, with its own network
 * and nemesis.
 *
 * <p>Every message one node writes to another goes through Herald's real-time network
 * ({@link herald.realtime.RealTimeNetwork}): the scenario's faults decide, packet by packet and
 * exactly as in simulation, whether it is lost, delayed, duplicated or cut, and it reaches the
 * other node's stdin when its latency has passed. Crashes kill a process (with everything it
 * started), pauses stop it (SIGSTOP), restarts start a fresh one and introduce it again. Clients
 * ask for broadcasts and reads as Maelstrom's broadcast workload does; what the nodes deliver
 * becomes a history, from their reads or from their own reports, checked like any other.
 *
 * <p>Programs are not trusted: a line that is not a message is reported and skipped, output
 * beyond a limit is cut, stderr is kept per node, a node that exits or stops answering is
 * reported, and every process started is killed at the end, on failure, and when Herald itself is
 * interrupted ({@link herald.process.Reaper}).
 */
package herald.process;
