package herald.history;

/**
 * A message id or node name as a sentence tells it. Most read as themselves ({@code n1-3});
 * those that would not (the empty id, one with spaces, quotes or control characters, such as a
 * broken protocol may claim in a delivery) are told as JSON strings, so that "delivered "" at #2"
 * stays readable and a terminal never receives a raw control character.
 */
public final class Names {

    private Names() {
    }

    /** Names longer than this are told by their beginning and their length. */
    static final int LONGEST = 80;

    /**
     * {@code name} as it is when plain, else quoted and escaped as a JSON string; one longer than
     * {@link #LONGEST} characters by its first ones and its length: {@code "aaaa…" (10000 characters)}.
     */
    public static String told(String name) {
        if (name.length() > LONGEST) {
            int cut = Character.isHighSurrogate(name.charAt(LONGEST - 21)) ? LONGEST - 21 : LONGEST - 20;
            return Json.line(name.substring(0, cut) + "…") + " (" + name.length() + " characters)";
        }
        return plain(name) ? name : Json.line(name);
    }

    private static boolean plain(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c) || c == '"') {
                return false;
            }
        }
        return true;
    }
}
