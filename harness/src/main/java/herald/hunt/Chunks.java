package herald.hunt;

import java.util.ArrayList;
import java.util.List;

/**
 * The lists delta debugging tries when it makes a list smaller: without all of it, without each
 * half, each quarter, …, without each single element. Large cuts come first, so a list that can
 * lose half its elements loses them in one step.
 */
final class Chunks {

    private Chunks() {
    }

    /** {@code list} with one chunk removed, for chunks of size n, n/2, n/4, …, 1, in order. */
    static <T> List<List<T>> without(List<T> list) {
        List<List<T>> smaller = new ArrayList<>();
        int n = list.size();
        for (int size = n; size >= 1; size = size == 1 ? 0 : (size + 1) / 2) {
            for (int from = 0; from < n; from += size) {
                List<T> rest = new ArrayList<>(list.subList(0, from));
                rest.addAll(list.subList(Math.min(n, from + size), n));
                if (!smaller.contains(rest)) {
                    smaller.add(rest);
                }
            }
        }
        return smaller;
    }
}
