package herald.history;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it and remembers the last one: enough to tell a last line cut off
 * mid-write (no line feed at the end) and how long it was.
 */
final class CountingStream extends FilterInputStream {

    private long count;
    private int last = -1;

    CountingStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
            last = b;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count += n;
            last = buffer[offset + n - 1];
        }
        return n;
    }

    /** Bytes read so far. */
    long count() {
        return count;
    }

    /** The last byte read, or -1 before any. */
    int last() {
        return last;
    }
}
