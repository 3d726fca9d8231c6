package herald.toxiproxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import herald.run.Run;
import herald.sockets.SocketRuns;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.Testcontainers;
import org.testcontainers.containers.ToxiproxyContainer;

/**
 * The protocols over TCP through Toxiproxy. The server is the one {@code TOXIPROXY_URL} names, or
 * Testcontainers' Toxiproxy container when a Docker engine is present; with neither, every test
 * skips with that reason.
 */
class ToxiproxyTierTest {

    /** The ports the container exposes for proxies (Testcontainers exposes 8666 to 8697). */
    private static final int FIRST_PROXY_PORT = 8666;

    private static ToxiproxyContainer container;
    private static Optional<ProxyHost> host = Optional.empty();
    private static String missing;

    @BeforeAll
    static void server() {
        Optional<ProxyHost> fromEnvironment = ProxyHost.fromEnvironment();
        if (fromEnvironment.isPresent()) {
            host = fromEnvironment;
        } else if (dockerAvailable()) {
            container = new ToxiproxyContainer("ghcr.io/shopify/toxiproxy:2.12.0").withAccessToHost(true);
            container.start();
            host = Optional.of(inContainer(container));
        } else {
            missing = ToxiproxyNetwork.unavailable().orElse("") + "; and no Docker engine for Testcontainers";
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error none) {
            return false;
        }
    }

    /** Proxies listen on the container's exposed ports and reach the nodes through the host's address. */
    private static ProxyHost inContainer(ToxiproxyContainer toxiproxy) {
        URI api = URI.create("http://" + toxiproxy.getHost() + ":" + toxiproxy.getControlPort());
        return new ProxyHost() {
            @Override
            public URI api() {
                return api;
            }

            @Override
            public String listen(int k) {
                return "0.0.0.0:" + (FIRST_PROXY_PORT + k);
            }

            @Override
            public InetSocketAddress reach(String listen) {
                int port = Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1));
                return new InetSocketAddress(toxiproxy.getHost(), toxiproxy.getMappedPort(port));
            }

            @Override
            public String upstream(int port) {
                Testcontainers.exposeHostPorts(port);
                return "host.testcontainers.internal:" + port;
            }
        };
    }

    @AfterAll
    static void stop() {
        if (container != null) {
            container.stop();
        }
    }

    private static ToxiproxyNetwork network() {
        assumeTrue(host.isPresent(), () -> "Toxiproxy tier skipped: " + missing);
        return new ToxiproxyNetwork(host, 0);
    }

    @Test
    void eagerReliableBroadcastPassesThroughProxiesThatBlackHoleAndDelayItsLinks() {
        Run run = SocketRuns.run("eager-rb", 3, "partition,delay", 1, network());
        assertThat(run.valid()).as(run.verdict().describe()).isTrue();
        assertThat(run.history().header().text("fault_layer")).isEqualTo("toxiproxy");
    }

    @Test
    void bestEffortLosesWhatAPartitionsBlackHoleSwallows() {
        Run run = SocketRuns.run("best-effort", 3, "partition", 2, network());
        assertThat(run.verdict().violated()).extracting(o -> o.property()).containsExactly("validity");
    }
}
