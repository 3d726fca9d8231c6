package herald.rounds;

import herald.history.NodeId;
import herald.node.Context;
import herald.node.Message;
import herald.node.Node;
import herald.node.Packet;
import herald.node.StableMemory;
import herald.node.StableStorage;
import herald.runtime.ContextChecks;
import herald.scenario.Scenario;
import herald.sim.Dice;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A runtime of synchronous rounds, for measuring gossip the way the classic analyses count: the
 * same {@link Node} classes the simulator runs, driven with no latency at all.
 *
 * <p>Time passes only from one timer instant to the next. At each instant (a <em>round</em>),
 * every timer due fires, in the order the timers were set; then every packet sent is delivered,
 * in the order sent, replies included, until none is left; then the next instant comes. A gossip
 * node's round timer makes every node act at the same instants, so a round here is exactly a
 * round of Pittel's or Karp et al.'s model. Each packet is lost with probability {@code loss}.
 * There is no history: the engine counts, per round, the nodes that know the one rumor it
 * broadcasts and the packets sent, which is what the measurements need, and is why 10,000 nodes
 * take milliseconds per run. Logs are dropped; nothing crashes.
 *
 * <p>Everything random is drawn from the seed and the run's number, so a run is replayed exactly.
 */
public final class RoundEngine {

    private final List<NodeId> group;
    private final Map<NodeId, Integer> index = new IdentityHashMap<>();
    private final Supplier<? extends Node> nodes;
    private final double loss;
    private final long seed;

    /**
     * @param n the group's size: nodes n1 … nN
     * @param nodes makes one node
     * @param loss the probability that a packet is lost
     * @param seed the seed of every random choice
     */
    public RoundEngine(int n, Supplier<? extends Node> nodes, double loss, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("a group needs at least one node, got " + n);
        }
        if (!(loss >= 0 && loss <= 1)) {
            throw new IllegalArgumentException("a loss probability must be between 0 and 1, got " + loss);
        }
        this.group = Scenario.nodeNames(n).stream().map(NodeId::new).toList();
        for (int k = 0; k < n; k++) {
            index.put(group.get(k), k);
        }
        this.nodes = nodes;
        this.loss = loss;
        this.seed = seed;
    }

    /**
     * Run number {@code run}: a random node broadcasts one rumor at time 0, then rounds follow
     * until everyone knows (when {@code untilAllKnow}), until a round sends no packet (the
     * protocol has fallen silent), or for {@code maxRounds} rounds.
     */
    public Spread spread(long run, int maxRounds, boolean untilAllKnow) {
        return new Trial(run).spread(maxRounds, untilAllKnow);
    }

    /** One run's state: the nodes, the pending timers, the packets in flight. */
    private final class Trial {
        private final long run;
        private final SplittableRandom dice;
        private final Process[] processes;
        private final TreeMap<Long, List<Timer>> timers = new TreeMap<>();
        private final Set<Long> cancelled = new HashSet<>();
        private final ArrayDeque<Transit> inFlight = new ArrayDeque<>();
        private final boolean[] knows;
        private String rumor;
        private int informed;
        private long sent;
        private long now;
        private long nextHandle;

        Trial(long run) {
            this.run = run;
            this.dice = new SplittableRandom(Dice.hash(seed, Dice.Purpose.ROUNDS_RUN, run, 0, 0));
            this.processes = new Process[group.size()];
            this.knows = new boolean[group.size()];
        }

        Spread spread(int maxRounds, boolean untilAllKnow) {
            for (int k = 0; k < processes.length; k++) {
                processes[k] = new Process(this, k);
            }
            for (Process p : processes) {
                p.node.init(p);
            }
            int origin = dice.nextInt(processes.length);
            NodeId from = group.get(origin);
            rumor = from.name() + "-1";
            processes[origin].node.onBroadcast(new Message(rumor, from, "rumor"));
            deliverAll();
            List<Integer> informedPerRound = new ArrayList<>(List.of(informed));
            List<Long> packetsPerRound = new ArrayList<>(List.of(sent));
            for (int r = 1; r <= maxRounds && !timers.isEmpty(); r++) {
                sent = 0;
                var due = timers.pollFirstEntry();
                now = due.getKey();
                for (Timer t : due.getValue()) {
                    if (cancelled.isEmpty() || !cancelled.remove(t.handle)) {
                        processes[t.node].node.onTimer(t.tag);
                    }
                }
                deliverAll();
                informedPerRound.add(informed);
                packetsPerRound.add(sent);
                if ((untilAllKnow && informed == processes.length) || sent == 0) {
                    break;
                }
            }
            return new Spread(processes.length, origin,
                    informedPerRound.stream().mapToInt(Integer::intValue).toArray(),
                    packetsPerRound.stream().mapToLong(Long::longValue).toArray());
        }

        private void deliverAll() {
            while (!inFlight.isEmpty()) {
                Transit t = inFlight.poll();
                processes[t.to].node.onReceive(group.get(t.from), t.packet);
            }
        }

        void send(int from, NodeId to, Packet packet) {
            Integer target = index.get(to);
            if (target == null) {
                target = group.indexOf(to);
            }
            ContextChecks.destination(to, target, group);
            sent++;
            if (target == from || loss == 0 || dice.nextDouble() >= loss) {
                inFlight.add(new Transit(from, target, packet));
            }
        }

        void deliver(int node, Message message) {
            if (!knows[node] && message.id().equals(rumor)) {
                knows[node] = true;
                informed++;
            }
        }

        long setTimer(int node, long delay, Object tag) {
            ContextChecks.delay(delay);
            long handle = nextHandle++;
            timers.computeIfAbsent(now + delay, at -> new ArrayList<>()).add(new Timer(node, handle, tag));
            return handle;
        }

        void cancel(long handle) {
            if (handle < nextHandle) {
                cancelled.add(handle);
            }
        }
    }

    private record Timer(int node, long handle, Object tag) {
    }

    private record Transit(int from, int to, Packet packet) {
    }

    /** What one node sees: the Context of the Node API, over the trial. */
    private final class Process implements Context {
        private final Trial trial;
        private final int position;
        private final Random random;
        private final Node node;
        /** Made at the first call to storage(): most gossip nodes never store anything. */
        private StableStorage stable;

        Process(Trial trial, int position) {
            this.trial = trial;
            this.position = position;
            this.random = new Random(Dice.hash(seed, Dice.Purpose.ROUNDS_NODE, trial.run, position, 0));
            this.node = nodes.get();
        }

        @Override
        public NodeId self() {
            return group.get(position);
        }

        @Override
        public List<NodeId> nodes() {
            return group;
        }

        @Override
        public void send(NodeId to, Packet packet) {
            trial.send(position, to, packet);
        }

        @Override
        public void deliver(Message message) {
            trial.deliver(position, message);
        }

        @Override
        public long setTimer(long delayMicros, Object tag) {
            return trial.setTimer(position, delayMicros, tag);
        }

        @Override
        public void cancelTimer(long handle) {
            trial.cancel(handle);
        }

        @Override
        public long now() {
            return trial.now;
        }

        @Override
        public Random random() {
            return random;
        }

        @Override
        public StableStorage storage() {
            if (stable == null) {
                stable = new StableMemory();
            }
            return stable;
        }

        /** Dropped: the engine keeps no history for a log line to go to. */
        @Override
        public void log(String text) {
        }
    }
}
