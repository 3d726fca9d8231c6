package herald.sockets;

import herald.realtime.NetworkFaults;
import herald.scenario.Scenario;
import java.io.IOException;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The real network a sockets run uses, and where its faults are applied: by Herald at the socket
 * (UDP or TCP on loopback), by the kernel (UDP between network namespaces, iptables), or by
 * Toxiproxy (TCP through a proxy per link).
 */
public interface Network {

    /** The sockets of one run and what applies its network faults; closing them cleans everything up. */
    interface Wires extends AutoCloseable {
        Transport transport();

        /** Where network faults go; empty for Herald's fault layer at the socket. */
        Optional<NetworkFaults> faults();

        @Override
        void close();
    }

    /** Sets up the network for one run: sockets, namespaces, proxies. */
    Wires open(Scenario scenario) throws IOException;

    /** {@code udp} or {@code tcp}. */
    String transport();

    /** {@code herald}, {@code kernel} or {@code toxiproxy}. */
    String faultLayer();

    /** UDP on loopback, faults by Herald's layer at the socket. */
    static Network udp() {
        return new Loopback("udp", UdpTransport::new);
    }

    /** TCP on loopback, a connection per directed link, faults by Herald's layer at the socket. */
    static Network tcp() {
        return new Loopback("tcp", TcpTransport::new);
    }

    /** Sockets on loopback with Herald's fault layer: nothing to set up but the sockets. */
    record Loopback(String transport, IntFunction<Transport> sockets) implements Network {
        @Override
        public Wires open(Scenario scenario) {
            return wires(sockets.apply(scenario.nodes().size()), Optional.empty(), () -> { });
        }

        @Override
        public String faultLayer() {
            return "herald";
        }
    }

    /** Wires made of a transport, a fault applier and what to undo at the end. */
    static Wires wires(Transport transport, Optional<NetworkFaults> faults, Runnable cleanup) {
        return new Wires() {
            @Override
            public Transport transport() {
                return transport;
            }

            @Override
            public Optional<NetworkFaults> faults() {
                return faults;
            }

            @Override
            public void close() {
                try {
                    transport.close();
                } finally {
                    cleanup.run();
                }
            }
        };
    }
}
