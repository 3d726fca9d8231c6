package herald.realtime;

/**
 * What a real-time runtime does to its processes when the nemesis says so. The
 * {@link RealTimeInjector} records the events; the runtime only acts.
 */
public interface ProcessControl {

    /** The process stops taking steps; what is queued for it is lost. */
    void crash(String node);

    /** The process comes back as a fresh node that finds only its stable storage. */
    void recover(String node);

    /** The process takes no steps until {@link #resume}; what arrives meanwhile waits. */
    void pause(String node);

    void resume(String node);
}
