package herald.hunt;

import static org.assertj.core.api.Assertions.assertThat;

import herald.junit.Keeps;

/**
 * Every reference protocol keeps its spec in a hunt of a thousand scenarios, each under its own
 * mix of the faults the protocol's assumptions allow, on three to five processes. Best-effort
 * broadcasts assume perfect links, so their mix has every fault but those that lose packets.
 */
class ReferenceProtocolHuntTest {

    @Keeps(protocol = "eager-rb", scenarios = 1000)
    void eagerReliableBroadcastKeepsItsSpecInAThousandScenarios(Hunt.Search search) {
        assertThat(search.runs()).isEqualTo(1000);
        assertThat(search.exercised().runsWith(Exercised.Situation.PARTITION_DURING_BROADCAST)).isGreaterThan(200);
        assertThat(search.exercised().runsWith(Exercised.Situation.CRASH_DURING_BROADCAST)).isGreaterThan(100);
        assertThat(search.exercised().runsWith(Exercised.Situation.DUPLICATE_DELIVERED)).isGreaterThan(200);
        assertThat(search.exercised().runsWith(Exercised.Situation.REORDERED)).isGreaterThan(500);
    }

    @Keeps(protocol = "lazy-rb", scenarios = 1000)
    void lazyReliableBroadcastKeepsItsSpecInAThousandScenarios() {
    }

    @Keeps(protocol = "majority-urb", scenarios = 1000)
    void majorityAckUniformReliableBroadcastKeepsItsSpecInAThousandScenarios() {
    }

    @Keeps(protocol = "nak-rb", scenarios = 1000)
    void nakReliableBroadcastKeepsItsSpecInAThousandScenarios() {
    }

    @Keeps(protocol = "fifo", scenarios = 1000)
    void fifoBroadcastKeepsItsSpecInAThousandScenarios() {
    }

    @Keeps(protocol = "causal-vc", scenarios = 1000)
    void causalBroadcastKeepsItsSpecInAThousandScenarios() {
    }

    @Keeps(protocol = "sequencer-to", scenarios = 1000)
    void sequencerTotalOrderKeepsItsSpecInAThousandScenarios() {
    }

    @Keeps(protocol = "lamport-to", scenarios = 1000)
    void lamportTotalOrderKeepsItsSpecInAThousandScenarios() {
    }

    @Keeps(protocol = "skeen-to", scenarios = 1000)
    void skeenTotalOrderKeepsItsSpecInAThousandScenarios() {
    }

    @Keeps(protocol = "best-effort", scenarios = 1000)
    void bestEffortBroadcastKeepsItsSpecInAThousandScenariosThatLoseNoPacket() {
    }

    @Keeps(protocol = "ip-multicast", scenarios = 1000)
    void ipMulticastKeepsItsSpecInAThousandScenariosThatLoseNoPacket() {
    }
}
