package herald.scenario;

/**
 * A scenario file that cannot be used: the message is {@code FILE:LINE: /pointer: what is wrong},
 * ready to print as it is. An {@link IllegalArgumentException}, so the command line reports it as
 * bad input (exit code 2).
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    public ScenarioFormatException(String file, long line, String problem) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem);
    }
}
