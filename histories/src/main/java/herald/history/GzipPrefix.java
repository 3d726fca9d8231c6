package herald.history;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * A gzip'd history read up to where it breaks off. A run that dies while writing a compressed
 * history leaves a file that stops mid-stream; what was decompressed before the break is the
 * history's prefix, just as the complete lines of a plain file cut off mid-write. This stream
 * ends cleanly at the break and remembers why, so the reader treats both files alike.
 */
final class GzipPrefix extends InputStream {

    private final InputStream compressed;
    private GZIPInputStream gzip;
    private String cut;

    GzipPrefix(InputStream compressed) {
        this.compressed = compressed;
    }

    /** Why the stream broke off ("truncated gzip: …"), or null while it has not. */
    String cut() {
        return cut;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (cut != null) {
            return -1;
        }
        try {
            if (gzip == null) {
                gzip = new GZIPInputStream(compressed, 1 << 16);
            }
            return gzip.read(buffer, offset, length);
        } catch (EOFException e) {
            cut = "truncated gzip: " + (e.getMessage() == null ? "the file ends early" : e.getMessage());
        } catch (ZipException e) {
            cut = "corrupt gzip: " + IoError.reason(e);
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        if (gzip != null) {
            gzip.close();
        } else {
            compressed.close();
        }
    }
}
