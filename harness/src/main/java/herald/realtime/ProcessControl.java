package herald.realtime;

/**
 * What a real-time runtime does to its processes when the {@link RealTimeInjector} says so. The
 * injector decides (who is down, how many pauses hold whom) and records the events; the runtime
 * only acts, and is told only of changes: a crashed process is never crashed again, a pause held
 * by two faults is paused once and resumed once.
 */
public interface ProcessControl {

    /** The process stops taking steps; what is queued for it is lost. */
    void crash(String node);

    /**
     * The process comes back as a fresh node that finds only its stable storage. When
     * {@code paused}, a pause fault still holds it: it takes its first step at {@link #resume}.
     */
    void recover(String node, boolean paused);

    /** The process takes no steps until {@link #resume}; what arrives meanwhile waits. */
    void pause(String node);

    void resume(String node);
}
