package herald.sim;

/** Something due to happen at a virtual time: a packet's arrival, a timer, a fault, a broadcast. */
abstract class Scheduled {

    /** When, in virtual microseconds. */
    long time;

    /** The order in which it was queued: breaks ties between equal times, deterministically. */
    long seq;

    abstract void fire();
}
