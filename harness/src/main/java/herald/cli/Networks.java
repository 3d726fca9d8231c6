package herald.cli;

import herald.kernel.KernelNetwork;
import herald.sockets.Network;
import herald.toxiproxy.ToxiproxyNetwork;
import java.util.Optional;

/**
 * The real networks {@code --runtime sockets} can use, by transport and fault layer. It lives with
 * the command line, which is where every kind of network is known: the sockets runtime knows only
 * the {@link Network} it is given, and the kernel's and Toxiproxy's networks are built on it.
 */
final class Networks {

    private Networks() {
    }

    /**
     * The network with this transport ({@code udp}, {@code tcp}) and fault layer ({@code herald},
     * {@code kernel}, {@code toxiproxy}); {@code bandwidth} limits Toxiproxy's links (KB/s, 0 for none).
     *
     * @throws IllegalArgumentException for an unknown name or a combination that cannot be
     */
    static Network named(String transport, String faultLayer, long bandwidth) {
        String key = transport + "/" + faultLayer;
        switch (key) {
            case "udp/herald":
                return Network.udp();
            case "tcp/herald":
                return Network.tcp();
            case "udp/kernel":
                return new KernelNetwork();
            case "tcp/toxiproxy":
                return new ToxiproxyNetwork(Optional.empty(), bandwidth);
            default:
                throw new IllegalArgumentException("no sockets network with transport \"" + transport
                        + "\" and fault layer \"" + faultLayer + "\" (known: udp with herald or kernel, tcp with herald or toxiproxy)");
        }
    }
}
