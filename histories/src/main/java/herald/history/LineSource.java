package herald.history;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding them, and says whether each line ended with
 * a line feed: a history whose writer died mid-line has a last line without one.
 */
final class LineSource {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean eof;

    private int lineStart;
    private int lineLength;
    private boolean terminated;

    LineSource(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at the end of the stream. */
    boolean next() throws IOException {
        int scanFrom = start;
        while (true) {
            for (int k = scanFrom; k < end; k++) {
                if (buffer[k] == '\n') {
                    lineStart = start;
                    lineLength = k - start;
                    if (lineLength > 0 && buffer[k - 1] == '\r') {
                        lineLength--;
                    }
                    terminated = true;
                    start = k + 1;
                    return true;
                }
            }
            if (eof) {
                if (start == end) {
                    return false;
                }
                lineStart = start;
                lineLength = end - start;
                terminated = false;
                start = end;
                return true;
            }
            scanFrom = end - start;
            fill();
            scanFrom += start;
        }
    }

    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
        } else {
            end += n;
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int offset() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    boolean terminated() {
        return terminated;
    }

    boolean blank() {
        for (int k = lineStart; k < lineStart + lineLength; k++) {
            byte b = buffer[k];
            if (b != ' ' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
