package herald.report;

/** How Herald's sentences count things. */
public final class Words {

    private Words() {
    }

    /** "1 fault", "0 faults", "2 faults": {@code k} and the noun, plural unless {@code k} is one. */
    public static String count(long k, String noun) {
        return k + " " + noun + (k == 1 ? "" : "s");
    }

    /** "1 delivery", "2 deliveries": {@code k} and the noun, {@code many} unless {@code k} is one. */
    public static String count(long k, String one, String many) {
        return k + " " + (k == 1 ? one : many);
    }

    /** As {@link #count}, the number grouped by thousands: "1 run", "6,432 packets". */
    public static String grouped(long k, String noun) {
        return String.format("%,d %s%s", k, noun, k == 1 ? "" : "s");
    }
}
