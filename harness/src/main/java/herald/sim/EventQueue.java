package herald.sim;

import java.util.Arrays;

/**
 * A binary min-heap of {@link Scheduled} items ordered by (time, queueing order). Written out
 * rather than using {@code PriorityQueue} with a comparator: this is the simulator's hottest loop.
 */
final class EventQueue {

    private Scheduled[] heap = new Scheduled[1024];
    private int size;
    private long queued;

    void add(Scheduled item, long time) {
        item.time = time;
        item.seq = queued++;
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int k = size++;
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Scheduled p = heap[parent];
            if (!before(item, p)) {
                break;
            }
            heap[k] = p;
            k = parent;
        }
        heap[k] = item;
    }

    Scheduled poll() {
        Scheduled first = heap[0];
        Scheduled last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            int k = 0;
            int half = size >>> 1;
            while (k < half) {
                int child = 2 * k + 1;
                Scheduled c = heap[child];
                int right = child + 1;
                if (right < size && before(heap[right], c)) {
                    child = right;
                    c = heap[child];
                }
                if (!before(c, last)) {
                    break;
                }
                heap[k] = c;
                k = child;
            }
            heap[k] = last;
        }
        return first;
    }

    long peekTime() {
        return heap[0].time;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    private static boolean before(Scheduled a, Scheduled b) {
        return a.time < b.time || (a.time == b.time && a.seq < b.seq);
    }
}
