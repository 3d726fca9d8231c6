package herald.check.order;

/** A table of counters in one array, row after row, as the order checkers keep them. */
final class Table {

    private Table() {
    }

    /**
     * An array of {@code rows × columns} counters.
     *
     * @param what what they count, for the message
     * @throws IllegalArgumentException when one array cannot hold them (a history with tens of
     *     thousands of processes), instead of overflowing
     */
    static int[] of(long rows, long columns, String what) {
        long size = rows * columns;
        if (rows != 0 && (size / rows != columns || size > Integer.MAX_VALUE - 8)) {
            throw new IllegalArgumentException("the history is too large for the order checks: " + what + " would "
                    + "take " + rows + " × " + columns + " counters, more than one table holds (" + (Integer.MAX_VALUE - 8)
                    + ")");
        }
        return new int[(int) size];
    }
}
