package herald.toxiproxy;

import java.util.ArrayList;
import java.util.List;

/**
 * One proxy per directed link: the packets of n1 to n2 go through proxy {@code herald-RUN-n1-n2},
 * whose upstream is n2's port, so a toxic on it touches that one direction of that one link, as a
 * grudge does. n nodes make n(n-1) proxies.
 *
 * @param proxies every proxy, ordered by sender then receiver
 */
public record ProxyLayout(List<Link> proxies) {

    /** The proxy of the link {@code from → to} (node indices), and where it forwards. */
    public record Link(String name, int from, int to, String listen, String upstream) {
    }

    public ProxyLayout {
        proxies = List.copyOf(proxies);
    }

    /**
     * The proxies of a run called {@code run}, for nodes {@code names} listening on {@code ports},
     * on {@code host}.
     */
    public static ProxyLayout of(String run, List<String> names, int[] ports, ProxyHost host) {
        List<Link> proxies = new ArrayList<>();
        for (int from = 0; from < names.size(); from++) {
            for (int to = 0; to < names.size(); to++) {
                if (from != to) {
                    proxies.add(new Link(name(run, names.get(from), names.get(to)), from, to,
                            host.listen(proxies.size()), host.upstream(ports[to])));
                }
            }
        }
        return new ProxyLayout(proxies);
    }

    /** The proxy's name for the link {@code from → to}. */
    public static String name(String run, String from, String to) {
        return "herald-" + run + "-" + from + "-" + to;
    }
}
