package herald.hunt;

import herald.run.Run;
import java.nio.file.Path;

/** One case run and checked, the same way for a search, a shrinker and a kept counterexample. */
final class Trials {

    private Trials() {
    }

    /** Runs {@code drawn}; the history goes to {@code file} too when it is not null. */
    static Run run(Target target, Case drawn, Path file, boolean tracePackets) {
        return Run.simulate(drawn.scenario(), target.protocol(), target.spec(),
                Run.header(drawn.scenario(), target.protocol(), target.spec(), drawn.nemesis()), file, tracePackets);
    }
}
