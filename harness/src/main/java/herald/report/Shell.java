package herald.report;

import java.util.regex.Pattern;

/**
 * Words of the commands Herald prints for people to paste into a POSIX shell ({@code replay:
 * ./herald run …}): a word the shell would split, expand or take for a redirection ({@code
 * loss=0.5@n1>n2}, a path with a space or a quote) is quoted, so that the shell hands it over
 * unchanged.
 */
public final class Shell {

    /** Characters no POSIX shell gives a meaning to, anywhere in a word. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@+%-]+");

    private Shell() {
    }

    /** {@code word} as the shell must be given it: unchanged when plain, else in single quotes. */
    public static String quote(Object word) {
        String text = String.valueOf(word);
        if (PLAIN.matcher(text).matches()) {
            return text;
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** The words, each quoted as needed, separated by spaces. */
    public static String words(Iterable<?> words) {
        StringBuilder line = new StringBuilder();
        for (Object word : words) {
            line.append(line.length() == 0 ? "" : " ").append(quote(word));
        }
        return line.toString();
    }
}
