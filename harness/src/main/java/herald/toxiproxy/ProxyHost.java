package herald.toxiproxy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;

/**
 * Where the Toxiproxy server runs and how the nodes and the proxies reach each other through it:
 * a server on this machine ({@code TOXIPROXY_URL}), or one in a container, whose proxies listen on
 * the container's exposed ports and reach the nodes through the host's address in the container.
 */
public interface ProxyHost {

    /** The server's API, e.g. {@code http://127.0.0.1:8474}. */
    URI api();

    /** The listen address of the k-th proxy of a run, as the server will bind it. */
    String listen(int k);

    /** How a node reaches a proxy that the server says listens on {@code listen}. */
    InetSocketAddress reach(String listen);

    /** How a proxy reaches a node listening on {@code port} of this machine's loopback. */
    String upstream(int port);

    /** The environment variable that names a server on this machine. */
    String URL_VARIABLE = "TOXIPROXY_URL";

    /** A server on this machine at {@code api}: proxies listen on loopback ports it picks. */
    static ProxyHost local(URI api) {
        return new ProxyHost() {
            @Override
            public URI api() {
                return api;
            }

            @Override
            public String listen(int k) {
                return "127.0.0.1:0";
            }

            @Override
            public InetSocketAddress reach(String listen) {
                int colon = listen.lastIndexOf(':');
                String host = listen.substring(0, colon);
                return new InetSocketAddress(host.isEmpty() || host.equals("[::]") ? "127.0.0.1" : host,
                        Integer.parseInt(listen.substring(colon + 1)));
            }

            @Override
            public String upstream(int port) {
                return "127.0.0.1:" + port;
            }
        };
    }

    /** The server {@code TOXIPROXY_URL} names, if it is set. */
    static Optional<ProxyHost> fromEnvironment() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI api = URI.create(url.strip());
        if (api.getHost() == null || api.getPort() < 0) {
            throw new IllegalArgumentException(URL_VARIABLE + " must be a URL with a host and a port, e.g. "
                    + "http://127.0.0.1:8474, got \"" + url + "\"");
        }
        return Optional.of(local(api));
    }
}
