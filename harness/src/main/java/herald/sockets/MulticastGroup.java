package herald.sockets;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.MulticastSocket;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An IP multicast group on the loopback interface, one member socket per node.
 *
 * <p>The group's address is drawn from 239.0.0.0/8, the administratively scoped block (RFC 2365)
 * meant for a site's own groups, and its port is one the system had free, so that two runs on one
 * machine rarely share a group (and ignore each other's datagrams when they do, see {@link Wire}).
 * Each member has a socket that binds the group's address and port and joins the group on the
 * loopback interface (the kernel records the membership, and would send an IGMP report on a real
 * interface), and a socket it sends from (a datagram's source cannot be a group address), with a
 * TTL of 1 and loopback on, so that no datagram could leave the machine even on another interface,
 * and the sender hears its own datagrams as every member does.
 */
public final class MulticastGroup implements AutoCloseable {

    /** The TTL of every datagram: one hop, this host's network only. */
    public static final int TTL = 1;

    private final InetSocketAddress group;
    private final NetworkInterface loopback;
    private final MulticastSocket[] sockets;
    private final DatagramSocket[] senders;

    private MulticastGroup(InetSocketAddress group, NetworkInterface loopback, int nodes) {
        this.group = group;
        this.loopback = loopback;
        this.sockets = new MulticastSocket[nodes];
        this.senders = new DatagramSocket[nodes];
    }

    /** A fresh group for {@code nodes} members, at a random address of 239.0.0.0/8. */
    public static MulticastGroup create(int nodes) throws IOException {
        SecureRandom random = new SecureRandom();
        InetAddress address = InetAddress.getByAddress(new byte[] {(byte) 239, (byte) (1 + random.nextInt(254)),
            (byte) random.nextInt(256), (byte) (1 + random.nextInt(254))});
        int port;
        try (DatagramSocket probe = new DatagramSocket(0)) {
            port = probe.getLocalPort();
        }
        return new MulticastGroup(new InetSocketAddress(address, port), loopback(), nodes);
    }

    private static NetworkInterface loopback() throws SocketException {
        NetworkInterface lo = NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress());
        if (lo == null) {
            throw new SocketException("this machine has no loopback interface");
        }
        return lo;
    }

    /** The group, e.g. {@code 239.12.7.40:43817}. */
    public InetSocketAddress address() {
        return group;
    }

    /** Joins node {@code node}'s socket to the group; what it receives goes to {@code inbox}. */
    public void open(int node, Transport.Inbox inbox) throws IOException {
        MulticastSocket socket = new MulticastSocket(null);
        DatagramSocket sender = new DatagramSocket(null);
        try {
            socket.setReuseAddress(true);
            socket.bind(group);
            socket.setReceiveBufferSize(1 << 20);
            socket.joinGroup(group, loopback);
            sender.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, loopback);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_TTL, TTL);
            sender.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
        } catch (IOException e) {
            socket.close();
            sender.close();
            throw new IOException(cannotJoin(e.getMessage()), e);
        }
        synchronized (this) {
            sockets[node] = socket;
            senders[node] = sender;
        }
        // Closing a socket while its reader is blocked in receive() lets the reader take one more
        // datagram before it notices; a closed member must hear nothing, so its inbox checks too.
        Thread reader = new Thread(() -> UdpTransport.receive(socket, datagram -> {
            if (isOpen(node, socket)) {
                inbox.received(datagram);
            }
        }), "herald-multicast-" + node);
        reader.setDaemon(true);
        reader.start();
    }

    private String cannotJoin(String why) {
        return "cannot join the multicast group " + group.getAddress().getHostAddress() + ":" + group.getPort()
                + " on the loopback interface (" + loopback.getName() + "): " + why + "; on Linux, as root, "
                + "'ip link set lo multicast on' and 'ip route add 239.0.0.0/8 dev lo' let loopback carry multicast";
    }

    /** Sends one datagram to the group from node {@code from}'s socket; lost if that socket is closed. */
    public void send(int from, byte[] datagram) {
        DatagramSocket socket;
        synchronized (this) {
            socket = senders[from];
        }
        if (socket == null) {
            return;
        }
        try {
            socket.send(new DatagramPacket(datagram, datagram.length, group));
        } catch (IOException lost) {
            // Lost, as any datagram may be.
        }
    }

    /** Leaves the group and closes node {@code node}'s socket. */
    private synchronized boolean isOpen(int node, DatagramSocket socket) {
        return sockets[node] == socket;
    }

    public void close(int node) {
        DatagramSocket socket;
        DatagramSocket sender;
        synchronized (this) {
            socket = sockets[node];
            sender = senders[node];
            sockets[node] = null;
            senders[node] = null;
        }
        if (socket != null) {
            socket.close();
            sender.close();
        }
    }

    @Override
    public void close() {
        for (int k = 0; k < sockets.length; k++) {
            close(k);
        }
    }

    /**
     * Why this machine cannot carry multicast on loopback, or empty when it can: two members join a
     * fresh group and one datagram must reach both within a second.
     */
    public static Optional<String> unavailable() {
        try (MulticastGroup probe = create(2)) {
            CountDownLatch heard = new CountDownLatch(2);
            probe.open(0, datagram -> heard.countDown());
            probe.open(1, datagram -> heard.countDown());
            probe.send(0, new byte[] {1});
            if (!heard.await(1, TimeUnit.SECONDS)) {
                return Optional.of(probe.cannotJoin("a datagram sent to the group reached "
                        + (2 - heard.getCount()) + " of its 2 members"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while probing multicast");
        }
    }
}
