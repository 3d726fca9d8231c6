package herald.sockets;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * TCP on loopback: each node listens on a port of its own, and each directed link is one
 * connection, dialled by the sender when it first needs it, to the receiver or to whatever
 * stands in between (a proxy per link, for Toxiproxy). A packet is a frame, its length then its
 * bytes. TCP does not lose or reorder within a connection, but a connection can break or hang: a
 * packet that cannot be written is lost and the next one dials again, so the links stay fair-loss.
 * A frame longer than {@link #MAX_DATAGRAM} (or of a negative length) is not one of Herald's: its
 * connection is dropped.
 */
public final class TcpTransport implements Transport {

    /** How long a sender waits for a connection before it gives the packet up. */
    private static final int CONNECT_TIMEOUT_MS = 200;

    private final InetAddress host = InetAddress.getLoopbackAddress();
    private final ServerSocket[] listeners;
    private final int[] ports;
    private final Socket[][] links;
    private final List<List<Socket>> accepted = new ArrayList<>();
    private BiFunction<Integer, Integer, InetSocketAddress> route = (from, to) -> null;

    public TcpTransport(int nodes) {
        this.listeners = new ServerSocket[nodes];
        this.ports = new int[nodes];
        this.links = new Socket[nodes][nodes];
        for (int k = 0; k < nodes; k++) {
            accepted.add(new ArrayList<>());
        }
    }

    /** Sends each link's packets to {@code route(from, to)} instead of the receiver's own port. */
    public synchronized void route(BiFunction<Integer, Integer, InetSocketAddress> through) {
        this.route = through;
    }

    /** Opens every node's listening port, so that proxies can be set up in front of them before the run. */
    public void listen() throws IOException {
        for (int k = 0; k < listeners.length; k++) {
            bind(k);
        }
    }

    private synchronized ServerSocket bind(int k) throws IOException {
        if (listeners[k] == null) {
            ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            // A node that comes back after a crash listens where it did, so that proxies still reach it.
            listener.bind(new InetSocketAddress(host, ports[k]));
            listeners[k] = listener;
            ports[k] = listener.getLocalPort();
        }
        return listeners[k];
    }

    /** The port node {@code k} listens on. */
    public synchronized int port(int k) {
        return ports[k];
    }

    @Override
    public void open(int node, Inbox inbox) throws IOException {
        ServerSocket listener = bind(node);
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket connection = listener.accept();
                    synchronized (this) {
                        accepted.get(node).add(connection);
                    }
                    Thread reader = new Thread(() -> read(node, connection, inbox), "herald-tcp-read-" + (node + 1));
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "herald-tcp-accept-" + (node + 1));
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void read(int node, Socket connection, Inbox inbox) {
        try (connection; DataInputStream in = new DataInputStream(new BufferedInputStream(connection.getInputStream()))) {
            while (true) {
                int length = in.readInt();
                if (length < 0 || length > MAX_DATAGRAM) {
                    return;
                }
                byte[] frame = new byte[length];
                in.readFully(frame);
                inbox.received(frame);
            }
        } catch (IOException closed) {
            // The sender or this node went away; the sender dials again when it next sends.
        } finally {
            synchronized (this) {
                accepted.get(node).remove(connection);
            }
        }
    }

    @Override
    public void send(int from, int to, byte[] datagram) {
        Socket link;
        synchronized (this) {
            if (listeners[from] == null) {
                return;
            }
            link = links[from][to];
        }
        try {
            if (link == null || link.isClosed()) {
                link = dial(from, to);
            }
            synchronized (link) {
                DataOutputStream out = new DataOutputStream(link.getOutputStream());
                out.writeInt(datagram.length);
                out.write(datagram);
                out.flush();
            }
        } catch (IOException broken) {
            forget(from, to, link);
        }
    }

    private Socket dial(int from, int to) throws IOException {
        InetSocketAddress target;
        synchronized (this) {
            target = route.apply(from, to);
            if (target == null) {
                target = new InetSocketAddress(host, ports[to]);
            }
        }
        Socket link = new Socket();
        link.setTcpNoDelay(true);
        link.connect(target, CONNECT_TIMEOUT_MS);
        synchronized (this) {
            Socket old = links[from][to];
            links[from][to] = link;
            closeQuietly(old);
        }
        return link;
    }

    private synchronized void forget(int from, int to, Socket link) {
        if (link != null && links[from][to] == link) {
            links[from][to] = null;
        }
        closeQuietly(link);
    }

    @Override
    public void close(int node) {
        List<Socket> closing = new ArrayList<>();
        synchronized (this) {
            closeQuietly(listeners[node]);
            listeners[node] = null;
            closing.addAll(accepted.get(node));
            accepted.get(node).clear();
            for (int other = 0; other < links.length; other++) {
                closing.add(links[node][other]);
                links[node][other] = null;
            }
        }
        closing.forEach(TcpTransport::closeQuietly);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException ignored) {
                // Closing what is already broken.
            }
        }
    }

    @Override
    public String name() {
        return "tcp";
    }

    @Override
    public void close() {
        for (int k = 0; k < listeners.length; k++) {
            close(k);
        }
    }
}
