package herald.sockets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataOutputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Regressions: a node's TCP port is open to anything on the machine, so a frame that claims a
 * length no datagram has (negative, or beyond {@link Transport#MAX_DATAGRAM}) drops its connection
 * at once, instead of failing the reader thread or making it wait for a gigabyte.
 */
class TcpFramesTest {

    /** Connects to node 0, writes one frame header claiming {@code length}, and says whether the connection was dropped. */
    private static boolean droppedAfterClaiming(TcpTransport transport, int length) throws Exception {
        try (Socket stranger = new Socket(InetAddress.getLoopbackAddress(), transport.port(0))) {
            stranger.setSoTimeout(2_000);
            new DataOutputStream(stranger.getOutputStream()).writeInt(length);
            InputStream in = stranger.getInputStream();
            try {
                return in.read() == -1;
            } catch (SocketTimeoutException stillOpen) {
                return false;
            }
        }
    }

    @Test
    void aFrameLongerThanAnyDatagramOrOfNegativeLengthDropsItsConnectionAndTheNodeStillHearsOthers()
            throws Exception {
        List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        try (TcpTransport transport = new TcpTransport(2)) {
            BlockingQueue<String> heard = new LinkedBlockingQueue<>();
            transport.listen();
            transport.open(0, datagram -> heard.add(new String(datagram)));
            transport.open(1, datagram -> { });

            assertThat(droppedAfterClaiming(transport, 100_000_000)).isTrue();
            assertThat(droppedAfterClaiming(transport, -5)).isTrue();

            transport.send(1, 0, "still here".getBytes());
            assertThat(heard.poll(2, TimeUnit.SECONDS)).isEqualTo("still here");
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(previous);
        }
        assertThat(uncaught).isEmpty();
    }
}
