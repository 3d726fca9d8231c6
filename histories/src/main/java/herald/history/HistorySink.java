package herald.history;

/**
 * Where a running history goes: a file, memory, or both. A runtime writes the header once, then
 * each event as it happens; a sink must not reorder or buffer events past {@link #event}.
 */
public interface HistorySink extends AutoCloseable {

    void header(Header header);

    void event(Event event);

    @Override
    default void close() {
    }

    /** A sink that forwards to several sinks, in order. */
    static HistorySink tee(HistorySink... sinks) {
        return new HistorySink() {
            @Override
            public void header(Header header) {
                for (HistorySink sink : sinks) {
                    sink.header(header);
                }
            }

            @Override
            public void event(Event event) {
                for (HistorySink sink : sinks) {
                    sink.event(event);
                }
            }

            @Override
            public void close() {
                for (HistorySink sink : sinks) {
                    sink.close();
                }
            }
        };
    }

    /** A sink that keeps nothing, for benchmarks of the runtime alone. */
    static HistorySink discard() {
        return new HistorySink() {
            @Override
            public void header(Header header) {
            }

            @Override
            public void event(Event event) {
            }
        };
    }
}
