package herald.history;

/**
 * A history file that is not well-formed: the message is {@code FILE:LINE: what is wrong} (or
 * {@code FILE: what is wrong} when no line is at fault, e.g. a file that cannot be opened), ready
 * to print as it is.
 */
public final class HistoryFormatException extends RuntimeException {

    private final String file;
    private final long line;
    private final String problem;

    public HistoryFormatException(String file, long line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
