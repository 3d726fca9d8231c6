package herald.protocol;

/**
 * Something a protocol needs of the world to keep its promise. {@code herald run} refuses a
 * nemesis that breaks one, unless forced.
 */
public enum Assumption {
    /**
     * A process that crashes never comes back (the crash-stop model): it keeps nothing but its
     * stable storage through a restart, which a protocol must be written for.
     */
    CRASH_STOP("a crashed process never comes back (crash-stop)"),
    /** No process crashes. */
    NO_CRASH("no process crashes"),
    /** A majority of the processes never crashes. */
    MAJORITY_CORRECT("a majority of processes stays correct"),
    /** Crashes are detected by a perfect failure detector (the runtime provides it). */
    FAILURE_DETECTOR("a perfect failure detector reports crashes"),
    /**
     * Links lose no packet: the perfect links best-effort broadcast is written over. A protocol
     * that retransmits makes its own perfect links out of fair-loss ones and does not assume this.
     */
    PERFECT_LINKS("links lose no packet (perfect links)"),
    /** Links deliver packets in the order they were sent. */
    FIFO_LINKS("links keep each sender's packets in order"),
    /** The fixed sequencer of a sequencer-based protocol, the group's first process, never crashes. */
    SEQUENCER_CORRECT("the sequencer (the group's first process) never crashes");

    private final String sentence;

    Assumption(String sentence) {
        this.sentence = sentence;
    }

    /** The assumption as a clause: "no process crashes". */
    public String sentence() {
        return sentence;
    }
}
