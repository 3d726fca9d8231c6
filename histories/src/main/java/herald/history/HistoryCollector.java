package herald.history;

/** A sink that keeps the history in memory, indexed, for checking right after the run. */
public final class HistoryCollector implements HistorySink {

    private History.Builder builder;

    @Override
    public void header(Header header) {
        builder = History.builder(header);
    }

    @Override
    public void event(Event event) {
        builder.add(event);
    }

    /** The history so far. */
    public History history() {
        if (builder == null) {
            throw new IllegalStateException("no header was recorded");
        }
        return builder.build();
    }
}
