package herald.gossip;

/**
 * What happens in one contact between a node and the peer it picked (Demers et al. 1987): the
 * caller sends what it knows (push), asks for what it lacks (pull), or both (push-pull).
 */
public enum Mode {
    PUSH("push"),
    PULL("pull"),
    PUSH_PULL("push-pull");

    private final String text;

    Mode(String text) {
        this.text = text;
    }

    /** {@code push}, {@code pull} or {@code push-pull}; an exception naming the known ones otherwise. */
    public static Mode parse(String text) {
        for (Mode mode : values()) {
            if (mode.text.equals(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown gossip mode \"" + text + "\" (known: push, pull, push-pull)");
    }

    @Override
    public String toString() {
        return text;
    }
}
