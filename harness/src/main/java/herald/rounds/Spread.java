package herald.rounds;

/**
 * How one rumor spread in one run of the {@link RoundEngine}: round by round, how many nodes knew
 * it and how many packets were sent. Round 0 is the broadcast itself (the origin knows); round r
 * is the r-th instant at which the nodes' timers fired, with every exchange it started.
 *
 * @param nodes the group's size
 * @param origin the position of the node that broadcast the rumor
 * @param informed for each round, how many nodes knew the rumor at its end; never to be modified
 * @param packets for each round, how many packets were sent in it, lost ones included; never to
 *     be modified
 */
public record Spread(int nodes, int origin, int[] informed, long[] packets) {

    /** How many rounds the run lasted (round 0 not counted). */
    public int rounds() {
        return informed.length - 1;
    }

    /** The first round at whose end at least {@code fraction} of the nodes knew; -1 if none. */
    public int roundsTo(double fraction) {
        int needed = (int) Math.ceil(fraction * nodes - 1e-9);
        for (int r = 0; r < informed.length; r++) {
            if (informed[r] >= needed) {
                return r;
            }
        }
        return -1;
    }

    /** The fraction of nodes that knew at the end of round {@code r}, the last value after the run ended. */
    public double informedAt(int r) {
        return (double) informed[Math.min(r, informed.length - 1)] / nodes;
    }

    /** The fraction of nodes that never learned the rumor. */
    public double residue() {
        return 1 - informedAt(rounds());
    }

    public long totalPackets() {
        long total = 0;
        for (long p : packets) {
            total += p;
        }
        return total;
    }

    /** Packets sent per node per round, over the rounds the run lasted. */
    public double packetsPerNodePerRound() {
        return (double) totalPackets() / nodes / Math.max(1, rounds());
    }
}
