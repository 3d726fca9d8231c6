package herald.sockets;

import java.io.IOException;

/**
 * How the nodes of a sockets run reach each other: one endpoint per node, datagrams between them.
 * A datagram may be lost (a full buffer, a closed socket, a cut in the kernel): the links are
 * fair-loss, as the protocols expect, and a failed send is never an error.
 */
public interface Transport extends AutoCloseable {

    /**
     * The largest datagram any transport carries: UDP's 65,507 bytes, far above any packet
     * Herald's protocols send. A frame that claims more, on a stream anyone on the machine can
     * connect to, is not one of Herald's: the connection it came on is dropped.
     */
    int MAX_DATAGRAM = 65_507;

    /** Where an endpoint hands what it receives; called on the endpoint's own thread. */
    @FunctionalInterface
    interface Inbox {
        void received(byte[] datagram);

        /**
         * The endpoint can receive no more, for a reason that is Herald's own ({@code why}), not
         * the network's: a datagram lost is never this.
         */
        default void broken(String why) {
        }
    }

    /** Opens node {@code node}'s endpoint (again, after a crash); what it receives goes to {@code inbox}. */
    void open(int node, Inbox inbox) throws IOException;

    /** Sends {@code datagram} from node {@code from} to node {@code to}; lost if either endpoint is closed. */
    void send(int from, int to, byte[] datagram);

    /** Closes node {@code node}'s endpoint, as its crash does; what is sent to it is lost. */
    void close(int node);

    /** What the transport is, for the history's header: {@code udp}, {@code tcp}, … */
    String name();

    /** Closes every endpoint. */
    @Override
    void close();
}
