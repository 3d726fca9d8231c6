package herald.process;

/**
 * Where a program run's deliveries come from: the values each node's reads return (Maelstrom's
 * programs, unchanged), or the deliveries the nodes report to Herald one by one (the extension that
 * order properties need).
 */
public enum DeliverySource {
    READS, REPORTS;

    /** {@code reads} or {@code reports}, as the command line writes it. */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
