package herald.history;

/**
 * Something wrong at one place of a JSON document, named by its JSON pointer ({@code
 * /faults/2/p}), so that whoever read the document can turn the place into a line number with
 * {@link JsonPlaces}. An {@link IllegalArgumentException}: bad input.
 */
public final class JsonProblem extends IllegalArgumentException {

    private final String pointer;
    private final String problem;

    public JsonProblem(String pointer, String problem) {
        super(pointer.isEmpty() ? problem : pointer + ": " + problem);
        this.pointer = pointer;
        this.problem = problem;
    }

    /** Where: a JSON pointer, empty for the whole document. */
    public String pointer() {
        return pointer;
    }

    /** What, without the place. */
    public String problem() {
        return problem;
    }

    /** The same problem, found in a part of a larger document that sits at {@code prefix}. */
    public JsonProblem under(String prefix) {
        return new JsonProblem(prefix + pointer, problem);
    }
}
