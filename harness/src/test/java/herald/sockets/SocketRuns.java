package herald.sockets;

import herald.check.Spec;
import herald.check.Specs;
import herald.nemesis.Loss;
import herald.nemesis.NemesisOptions;
import herald.nemesis.Schedule;
import herald.nemesis.ScheduledFault;
import herald.protocol.Protocol;
import herald.protocol.Protocols;
import herald.run.Run;
import herald.scenario.NetworkModel;
import herald.scenario.Scenario;
import herald.scenario.ScenarioParameters;
import herald.scenario.Timing;
import java.util.List;

/** Short runs on real sockets for the tests: a window of 0.6 s and a quiet period of 0.6 s. */
public final class SocketRuns {

    public static final Timing SHORT = new Timing(600_000, 600_000);

    private SocketRuns() {
    }

    public static Scenario scenario(String protocol, int nodes, int broadcasts, NemesisOptions nemesis, long seed) {
        return new ScenarioParameters(protocol, nodes, broadcasts, nemesis, SHORT, 150_000,
                NetworkModel.DEFAULT).generate(seed);
    }

    public static Run run(String protocolId, int nodes, String nemesis, long seed, Network network) {
        return run(protocolId, scenario(protocolId, nodes, 20, NemesisOptions.parse(nemesis), seed), nemesis, network);
    }

    /** A run under the same loss with probability {@code p} over the whole window. */
    public static Run runUnderLoss(String protocolId, int nodes, double p, long seed, Network network) {
        Schedule loss = new Schedule(List.of(new ScheduledFault(0, SHORT.window(), new Loss(p))));
        return run(protocolId, scenario(protocolId, nodes, 20, NemesisOptions.of(loss), seed), "loss=" + p, network);
    }

    public static Run run(String protocolId, Scenario scenario, String nemesis, Network network) {
        Protocol protocol = Protocols.named(protocolId);
        Spec spec = Specs.named(protocol.spec());
        return SocketRun.run(scenario, protocol, spec,
                SocketRun.header(Run.header(scenario, protocol, spec, nemesis), network), null, false, network);
    }
}
