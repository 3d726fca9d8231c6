/**
 * Faults injected by Toxiproxy, Shopify's TCP proxy for chaos testing: the nodes of a sockets run
 * speak TCP, each directed link through a proxy of its own ({@link herald.toxiproxy.ProxyLayout}),
 * and the schedule's network faults become toxics on those proxies ({@link herald.toxiproxy.ToxicPlan}):
 * a partition is a silent black hole, a delay is latency with jitter, and a bandwidth limit can be
 * put on every link.
 *
 * <p>The server is named by {@code TOXIPROXY_URL}; the tests also start Testcontainers' Toxiproxy
 * container when a Docker engine is present, and skip with the reason when neither is.
 */
package herald.toxiproxy;
