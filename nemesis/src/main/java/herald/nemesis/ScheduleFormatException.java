package herald.nemesis;

/**
 * A schedule file that cannot be used: the message is {@code FILE:LINE: what is wrong}, ready to
 * print as it is. An {@link IllegalArgumentException}, so the command line reports it as bad
 * input (exit code 2).
 */
public final class ScheduleFormatException extends IllegalArgumentException {

    private final String file;
    private final long line;
    private final String problem;

    public ScheduleFormatException(String file, long line, String problem) {
        super(file + ":" + line + ": " + problem);
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
