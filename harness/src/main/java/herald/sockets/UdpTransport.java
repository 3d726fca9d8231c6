package herald.sockets;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * One UDP socket per node on the loopback interface, on a port the system picks. A datagram is
 * a datagram: the kernel may drop it when a receive buffer is full, and nothing says so.
 */
public final class UdpTransport implements Transport {

    private final InetAddress host = InetAddress.getLoopbackAddress();
    private final DatagramSocket[] sockets;
    private final int[] ports;

    public UdpTransport(int nodes) {
        this.sockets = new DatagramSocket[nodes];
        this.ports = new int[nodes];
    }

    @Override
    public void open(int node, Inbox inbox) throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(host, 0));
        socket.setReceiveBufferSize(1 << 20);
        synchronized (this) {
            sockets[node] = socket;
            ports[node] = socket.getLocalPort();
        }
        Thread reader = new Thread(() -> receive(socket, inbox), "herald-udp-" + node);
        reader.setDaemon(true);
        reader.start();
    }

    static void receive(DatagramSocket socket, Inbox inbox) {
        byte[] buffer = new byte[MAX_DATAGRAM];
        while (!socket.isClosed()) {
            DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(datagram);
            } catch (IOException closed) {
                return;
            }
            inbox.received(Arrays.copyOf(datagram.getData(), datagram.getLength()));
        }
    }

    @Override
    public void send(int from, int to, byte[] datagram) {
        DatagramSocket socket;
        int port;
        synchronized (this) {
            socket = sockets[from];
            port = ports[to];
        }
        if (socket == null || port == 0) {
            return;
        }
        try {
            socket.send(new DatagramPacket(datagram, datagram.length, host, port));
        } catch (IOException lost) {
            // A closed socket or a full buffer: the datagram is lost, as fair-loss links allow.
        }
    }

    /** The port node {@code node}'s socket listens on, 0 while it is closed. */
    public synchronized int port(int node) {
        return ports[node];
    }

    @Override
    public void close(int node) {
        DatagramSocket socket;
        synchronized (this) {
            socket = sockets[node];
            sockets[node] = null;
            ports[node] = 0;
        }
        if (socket != null) {
            socket.close();
        }
    }

    @Override
    public String name() {
        return "udp";
    }

    @Override
    public void close() {
        for (int k = 0; k < sockets.length; k++) {
            close(k);
        }
    }
}
