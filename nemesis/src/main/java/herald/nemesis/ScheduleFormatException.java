package herald.nemesis;

/**
 * A schedule file that cannot be used: the message is {@code FILE:LINE: what is wrong}, ready to
 * print as it is. An {@link IllegalArgumentException}, so the command line reports it as bad
 * input (exit code 2).
 */
public final class ScheduleFormatException extends IllegalArgumentException {

    public ScheduleFormatException(String file, long line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    }
}
