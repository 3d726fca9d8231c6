package herald.kernel;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A node's UDP socket inside its network namespace, run as a small program there ({@code ip netns
 * exec NS java herald.kernel.Relay ADDRESS PORT}), because a thread of the Herald process cannot
 * enter another namespace. It binds the socket, then relays: each frame on its standard input is a
 * datagram to send, each datagram the socket receives becomes a frame on its standard output. It
 * exits when its input closes, or when it is killed, which is how its node crashes.
 *
 * <p>Frames: in, {@code [int destination IPv4][int port][int length][bytes]}; out, {@code [int
 * length][bytes]}; the first frame out has length -1 and says the socket is bound.
 */
public final class Relay {

    private Relay() {
    }

    public static void main(String[] args) throws IOException {
        DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getByName(args[0]),
                Integer.parseInt(args[1])));
        socket.setReceiveBufferSize(1 << 20);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(System.out));
        out.writeInt(-1);
        out.flush();
        Thread receiver = new Thread(() -> receive(socket, out), "relay-receive");
        receiver.setDaemon(true);
        receiver.start();
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        byte[] address = new byte[4];
        try {
            while (true) {
                in.readFully(address);
                int port = in.readInt();
                byte[] datagram = new byte[in.readInt()];
                in.readFully(datagram);
                try {
                    socket.send(new DatagramPacket(datagram, datagram.length, InetAddress.getByAddress(address), port));
                } catch (IOException lost) {
                    // Unreachable or refused by the firewall: lost, as a datagram may be.
                }
            }
        } catch (EOFException parentGone) {
            socket.close();
        }
    }

    private static void receive(DatagramSocket socket, DataOutputStream out) {
        byte[] buffer = new byte[65_507];
        try {
            while (true) {
                DatagramPacket datagram = new DatagramPacket(buffer, buffer.length);
                socket.receive(datagram);
                synchronized (out) {
                    out.writeInt(datagram.getLength());
                    out.write(datagram.getData(), 0, datagram.getLength());
                    out.flush();
                }
            }
        } catch (IOException closed) {
            System.exit(0);
        }
    }
}
