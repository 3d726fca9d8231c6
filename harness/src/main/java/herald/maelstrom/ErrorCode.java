package herald.maelstrom;

/**
 * Maelstrom's error codes ({@code resources/errors.edn} in Maelstrom). A definite error says the
 * operation did not happen and never will; an indefinite one, that it may have. Codes from 1000 up
 * are a node's own, always indefinite.
 */
public enum ErrorCode {
    TIMEOUT(0, false),
    NODE_NOT_FOUND(1, true),
    NOT_SUPPORTED(10, true),
    TEMPORARILY_UNAVAILABLE(11, true),
    MALFORMED_REQUEST(12, true),
    CRASH(13, false),
    ABORT(14, true);

    private final int code;
    private final boolean definite;

    ErrorCode(int code, boolean definite) {
        this.code = code;
        this.definite = definite;
    }

    public int code() {
        return code;
    }

    public boolean definite() {
        return definite;
    }

    /** The error's name as Maelstrom writes it ({@code temporarily-unavailable}), or the bare code. */
    public static String name(int code) {
        for (ErrorCode known : values()) {
            if (known.code == code) {
                return known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
        }
        return code >= 1000 ? "error " + code + " (the node's own)" : "error " + code;
    }
}
