package herald.history;

/**
 * Durations as people write them on a command line or in a file: {@code 500us}, {@code 20ms},
 * {@code 1.5s}, {@code 2m}, {@code 1h}; in microseconds, the unit of every Herald time.
 */
public final class Durations {

    /** An hour in microseconds: the longest time Herald takes for a fault, a window or a quiet period. */
    public static final long HOUR = 3_600_000_000L;

    private static final String[][] UNITS = {{"us", "1"}, {"ms", "1000"}, {"min", "60000000"}, {"s", "1000000"},
        {"m", "60000000"}, {"h", "3600000000"}};

    private Durations() {
    }

    /**
     * Microseconds in {@code text}.
     *
     * @param what the option or field, for the message
     * @param bare the unit of a number written without one, in microseconds (1,000,000 for
     *     seconds), or 0 when a unit is required
     * @param longest the most allowed, in microseconds
     * @throws IllegalArgumentException naming {@code what} and the text
     */
    public static long micros(String what, String text, long bare, long longest) {
        String t = text.strip();
        long unit = bare;
        String number = t;
        for (String[] u : UNITS) {
            if (t.endsWith(u[0])) {
                unit = Long.parseLong(u[1]);
                number = t.substring(0, t.length() - u[0].length());
                break;
            }
        }
        String examples = bare == 0 ? "(500us, 20ms, 1.5s)" : "(500ms, 20s, 2m, or a number of seconds)";
        if (unit == 0) {
            throw new IllegalArgumentException(what + " takes a duration with a unit " + examples + ", got \"" + text
                    + "\"");
        }
        double value;
        try {
            value = Double.parseDouble(number.strip()) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " takes a duration " + examples + ", got \"" + text + "\"");
        }
        if (!(value >= 0)) {
            throw new IllegalArgumentException(what + " takes a duration " + examples + ", got \"" + text + "\"");
        }
        if (value > longest) {
            throw new IllegalArgumentException(what + " takes a duration of at most " + show(longest) + ", got \""
                    + text + "\"");
        }
        return Math.round(value);
    }

    /** {@code 20ms} rather than {@code 20000}: for people. */
    public static String show(long micros) {
        if (micros % HOUR == 0 && micros > 0) {
            return micros / HOUR + "h";
        }
        if (micros % 1_000_000 == 0) {
            return micros / 1_000_000 + "s";
        }
        return micros % 1_000 == 0 ? micros / 1_000 + "ms" : micros + "us";
    }
}
