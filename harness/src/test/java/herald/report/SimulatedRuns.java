package herald.report;

import herald.check.Spec;
import herald.check.Specs;
import herald.nemesis.NemesisOptions;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;

/** Runs simulated in memory, as {@code herald run} would, for the tests of what is drawn from them. */
final class SimulatedRuns {

    private SimulatedRuns() {
    }

    static Run simulate(String protocolId, int nodes, int broadcasts, String nemesis, long seed, boolean traced) {
        Protocol protocol = Protocols.named(protocolId);
        Spec spec = Specs.named(protocol.spec());
        NemesisOptions faults = NemesisOptions.parse(nemesis);
        Scenario scenario = ScenarioParameters.of(protocolId, nodes, broadcasts, faults).generate(seed);
        return Run.simulate(scenario, protocol, spec, Run.header(scenario, protocol, spec, faults.toString()), null,
                traced);
    }

    /**
     * Best-effort broadcast losing a packet under partitions and 30% loss, three nodes, four
     * broadcasts: the run of the first seed that fails, a few dozen events.
     */
    static Run smallFailingRun() {
        for (long seed = 1; ; seed++) {
            Run run = simulate("best-effort", 3, 4, "partition,loss=0.3", seed, true);
            if (!run.valid()) {
                return run;
            }
        }
    }

    /** Best-effort broadcast on 8 nodes, 500 broadcasts, packets traced, one crash: over 10^4 events. */
    static Run largeFailingRun() {
        return simulate("best-effort", 8, 500, "partition,loss=0.1,crash=1", 3, true);
    }
}
