package herald.toxiproxy;

import eu.rekawek.toxiproxy.Proxy;
import eu.rekawek.toxiproxy.ToxiproxyClient;
import eu.rekawek.toxiproxy.model.ToxicDirection;
import herald.nemesis.Fault;
import herald.nemesis.ScheduledFault;
import herald.realtime.NetworkFaults;
import herald.scenario.Scenario;
import herald.sockets.Network;
import herald.sockets.TcpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Toxiproxy tier: TCP between the nodes, through one proxy per directed link on a Toxiproxy
 * server, and the schedule's network faults as toxics on those proxies ({@link ToxicPlan}).
 * Crashes and pauses are Herald's, on the processes.
 */
public final class ToxiproxyNetwork implements Network {

    private final Optional<ProxyHost> host;
    private final long bandwidth;

    /**
     * @param host the server; empty for the one {@code TOXIPROXY_URL} names
     * @param bandwidth a limit in KB/s on every link for the whole run, or 0 for none
     */
    public ToxiproxyNetwork(Optional<ProxyHost> host, long bandwidth) {
        this.host = host;
        this.bandwidth = bandwidth;
    }

    /** Why no server can be had, or empty when {@code TOXIPROXY_URL} names one. */
    public static Optional<String> unavailable() {
        if (ProxyHost.fromEnvironment().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("no Toxiproxy server: set " + ProxyHost.URL_VARIABLE + " to its API, e.g. "
                + "http://127.0.0.1:8474 (start one with 'toxiproxy-server' or 'docker run --net=host "
                + "ghcr.io/shopify/toxiproxy')");
    }

    @Override
    public Wires open(Scenario scenario) throws IOException {
        ProxyHost server = host.or(ProxyHost::fromEnvironment)
                .orElseThrow(() -> new IllegalArgumentException("--fault-layer toxiproxy: " + unavailable().orElse("")));
        for (ScheduledFault f : scenario.schedule().faults()) {
            ToxicPlan.refusal(f.fault()).ifPresent(why -> {
                throw new IllegalArgumentException(why);
            });
        }
        List<String> names = scenario.nodes();
        TcpTransport transport = new TcpTransport(names.size());
        transport.listen();
        int[] ports = new int[names.size()];
        for (int k = 0; k < ports.length; k++) {
            ports[k] = transport.port(k);
        }
        ProxyLayout layout = ProxyLayout.of(Long.toHexString(new SecureRandom().nextLong() >>> 16), names, ports,
                server);
        ToxiproxyClient client = new ToxiproxyClient(server.api().getHost(), server.api().getPort());
        Map<String, Proxy> proxies = new HashMap<>();
        try {
            InetSocketAddress[][] through = new InetSocketAddress[names.size()][names.size()];
            for (ProxyLayout.Link link : layout.proxies()) {
                Proxy proxy = client.createProxy(link.name(), link.listen(), link.upstream());
                proxies.put(link.name(), proxy);
                through[link.from()][link.to()] = server.reach(proxy.getListen());
            }
            transport.route((from, to) -> through[from][to]);
            Toxics toxics = new Toxics(proxies, names, layout, bandwidth);
            toxics.reconfigure(List.of());
            return Network.wires(transport, Optional.of(toxics), () -> delete(proxies));
        } catch (IOException | RuntimeException e) {
            transport.close();
            delete(proxies);
            throw new IOException("Toxiproxy at " + server.api() + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Map<String, Proxy> proxies) {
        for (Proxy proxy : proxies.values()) {
            try {
                proxy.delete();
            } catch (IOException gone) {
                // The server went away, and its proxies with it.
            }
        }
    }

    @Override
    public String transport() {
        return "tcp";
    }

    @Override
    public String faultLayer() {
        return "toxiproxy";
    }

    /** Keeps each proxy's toxics equal to the plan for the faults active now. */
    private static final class Toxics implements NetworkFaults {
        private final Map<String, Proxy> proxies;
        private final List<String> names;
        private final ProxyLayout layout;
        private final long bandwidth;
        private Map<String, List<ToxicPlan.Toxic>> current = Map.of();

        Toxics(Map<String, Proxy> proxies, List<String> names, ProxyLayout layout, long bandwidth) {
            this.proxies = proxies;
            this.names = names;
            this.layout = layout;
            this.bandwidth = bandwidth;
        }

        @Override
        public synchronized void reconfigure(List<Fault> active) {
            Map<String, List<ToxicPlan.Toxic>> wanted = ToxicPlan.plan(active, names, layout, bandwidth);
            try {
                for (ProxyLayout.Link link : layout.proxies()) {
                    Map<String, ToxicPlan.Toxic> now = ToxicPlan.byName(current.getOrDefault(link.name(), List.of()));
                    Map<String, ToxicPlan.Toxic> next = ToxicPlan.byName(wanted.getOrDefault(link.name(), List.of()));
                    Proxy proxy = proxies.get(link.name());
                    for (ToxicPlan.Toxic old : new ArrayList<>(now.values())) {
                        if (!old.equals(next.get(old.name()))) {
                            proxy.toxics().get(old.name()).remove();
                        }
                    }
                    for (ToxicPlan.Toxic toxic : next.values()) {
                        if (!toxic.equals(now.get(toxic.name()))) {
                            add(proxy, toxic);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Toxiproxy: " + e.getMessage(), e);
            }
            current = wanted;
        }

        private static void add(Proxy proxy, ToxicPlan.Toxic toxic) throws IOException {
            ToxicDirection up = ToxicDirection.UPSTREAM;
            eu.rekawek.toxiproxy.model.Toxic made;
            if (toxic.type().equals("timeout")) {
                made = proxy.toxics().timeout(toxic.name(), up, toxic.attributes().get("timeout"));
            } else if (toxic.type().equals("latency")) {
                made = proxy.toxics().latency(toxic.name(), up, toxic.attributes().get("latency"))
                        .setJitter(toxic.attributes().get("jitter"));
            } else {
                made = proxy.toxics().bandwidth(toxic.name(), up, toxic.attributes().get("rate"));
            }
            if (toxic.toxicity() < 1) {
                made.setToxicity((float) toxic.toxicity());
            }
        }
    }
}
