package herald.kernel;

import herald.process.Reaper;
import herald.sockets.Transport;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * UDP between network namespaces: node k's socket is bound to its namespace's address by a
 * {@link Relay} running there, and the node's thread in this process talks to it through the
 * relay's standard input and output. A datagram from node i to node j really leaves i's namespace
 * on its veth, crosses the bridge and enters j's, where the firewall may drop it.
 */
public final class RelayTransport implements Transport {

    /** Every node's port: each namespace has its own. */
    static final int PORT = 7077;

    private final Namespaces namespaces;
    private final Process[] relays;
    private final DataOutputStream[] inputs;
    private final DataInputStream[] outputs;

    public RelayTransport(Namespaces namespaces) {
        this.namespaces = namespaces;
        this.relays = new Process[namespaces.size()];
        this.inputs = new DataOutputStream[namespaces.size()];
        this.outputs = new DataInputStream[namespaces.size()];
    }

    /** Starts every node's relay at once and returns when every socket is bound. */
    public void start() throws IOException {
        for (int k = 0; k < relays.length; k++) {
            launch(k);
        }
        for (int k = 0; k < relays.length; k++) {
            awaitBound(k);
        }
    }

    private synchronized void launch(int k) throws IOException {
        List<String> command = new ArrayList<>(List.of(Commands.in(namespaces.namespace(k),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx32m", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), Relay.class.getName(),
                Namespaces.address(k), Integer.toString(PORT))));
        // Registered with the reaper, so that no relay outlives Herald, even when it is interrupted.
        Process relay = Reaper.start(new ProcessBuilder(command));
        relays[k] = relay;
        inputs[k] = new DataOutputStream(new BufferedOutputStream(relay.getOutputStream()));
        outputs[k] = new DataInputStream(new BufferedInputStream(relay.getInputStream()));
    }

    private void awaitBound(int k) throws IOException {
        Process relay;
        DataInputStream out;
        synchronized (this) {
            relay = relays[k];
            out = outputs[k];
        }
        try {
            if (out.readInt() == -1) {
                return;
            }
        } catch (IOException died) {
            // Said below, with what the relay printed.
        }
        Reaper.kill(relay);
        String why = new String(relay.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        throw new IOException("the relay of node " + (k + 1) + " in namespace " + namespaces.namespace(k)
                + " did not bind its socket: " + (why.isEmpty() ? "it exited" : why));
    }

    @Override
    public void open(int node, Inbox inbox) throws IOException {
        boolean fresh;
        synchronized (this) {
            fresh = relays[node] == null;
        }
        if (fresh) {
            launch(node);
            awaitBound(node);
        }
        DataInputStream out;
        synchronized (this) {
            out = outputs[node];
        }
        Thread reader = new Thread(() -> {
            try {
                while (true) {
                    int length = out.readInt();
                    if (length < 0 || length > MAX_DATAGRAM) {
                        inbox.broken("the relay of node " + (node + 1) + " wrote a frame of " + length + " bytes");
                        return;
                    }
                    byte[] datagram = new byte[length];
                    out.readFully(datagram);
                    inbox.received(datagram);
                }
            } catch (IOException relayGone) {
                // The node crashed, or the run is over.
            }
        }, "herald-relay-" + (node + 1));
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public void send(int from, int to, byte[] datagram) {
        DataOutputStream in;
        synchronized (this) {
            in = inputs[from];
        }
        if (in == null) {
            return;
        }
        try {
            byte[] address = InetAddress.getByName(Namespaces.address(to)).getAddress();
            synchronized (in) {
                in.write(address);
                in.writeInt(PORT);
                in.writeInt(datagram.length);
                in.write(datagram);
                in.flush();
            }
        } catch (IOException relayGone) {
            // The sender crashed: nothing leaves.
        }
    }

    @Override
    public void close(int node) {
        Process relay;
        synchronized (this) {
            relay = relays[node];
            relays[node] = null;
            inputs[node] = null;
            outputs[node] = null;
        }
        if (relay != null) {
            Reaper.kill(relay);
        }
    }

    @Override
    public String name() {
        return "udp";
    }

    @Override
    public void close() {
        for (int k = 0; k < relays.length; k++) {
            close(k);
        }
    }
}
